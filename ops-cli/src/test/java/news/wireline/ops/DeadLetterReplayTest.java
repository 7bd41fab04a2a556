package news.wireline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.LocalKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterReplayTest {

    LocalKafkaBroker broker;

    @BeforeEach
    void startBroker() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-replay"));
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(Topics.RAW_NAME, 2, (short) 1),
                            new NewTopic(Topics.INGESTED_NAME, 2, (short) 1),
                            new NewTopic(Topics.DEAD_LETTER_NAME, 2, (short) 1)))
                    .all()
                    .get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(deadLetter("wl-broken-store", "{\"story\":1}", Topics.INGESTED_NAME, "PROCESSING_FAILED"))
                    .get();
            producer.send(deadLetter("wl-no-headline", "   ", Topics.RAW_NAME, "EMPTY"))
                    .get();
        }
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void deadLettersOfTheChosenReasonGoBackToTheirTopicAsTheyWere() {
        DeadLetterReplay.Report report = new DeadLetterReplay(broker.bootstrapServers())
                .replay(
                        ReplayOptions.parse(new String[] {
                                    "--bootstrap-servers", broker.bootstrapServers(), "--reason", "PROCESSING_FAILED"
                                })
                                .selection(),
                        false);

        assertThat(report.read()).isEqualTo(2);
        assertThat(report.replayed()).isEqualTo(1);
        List<ConsumerRecord<String, String>> replayed = read(Topics.INGESTED_NAME);
        assertThat(replayed).hasSize(1);
        ConsumerRecord<String, String> record = replayed.get(0);
        assertThat(record.key()).isEqualTo("wl-broken-store");
        assertThat(record.value()).isEqualTo("{\"story\":1}");
        assertThat(new String(record.headers().lastHeader(Headers.DESK).value(), StandardCharsets.UTF_8))
                .isEqualTo("lisbon-desk");
        assertThat(record.headers().lastHeader(Headers.REJECT_CODE)).isNull();
        assertThat(record.headers().lastHeader(DeadLetterReplay.ORIGINAL_TOPIC)).isNull();
        assertThat(read(Topics.RAW_NAME)).isEmpty();
    }

    @Test
    void dryRunOnlyCounts() {
        DeadLetterReplay.Report report = new DeadLetterReplay(broker.bootstrapServers()).replay(record -> true, true);

        assertThat(report.replayed()).isEqualTo(2);
        assertThat(report.toString()).isEqualTo("dead letters read: 2, would replay: 2");
        assertThat(read(Topics.INGESTED_NAME)).isEmpty();
        assertThat(read(Topics.RAW_NAME)).isEmpty();
    }

    private static ProducerRecord<String, String> deadLetter(
            String key, String value, String originalTopic, String reason) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.DEAD_LETTER_NAME, key, value);
        record.headers().add(Headers.DESK, "lisbon-desk".getBytes(StandardCharsets.UTF_8));
        record.headers().add(DeadLetterReplay.ORIGINAL_TOPIC, originalTopic.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.REJECT_CODE, reason.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private List<ConsumerRecord<String, String>> read(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
