package news.wireline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerTest {

    @TempDir
    Path logDir;

    @Test
    void recordWrittenBeforeRestartIsReadAfterIt() throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(logDir, port, controllerPort)) {
            createTopic(broker, "greetings");
            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>("greetings", "story-1", "hello"))
                        .get();
            }
        }
        try (LocalKafkaBroker restarted = LocalKafkaBroker.start(logDir, port, controllerPort)) {
            assertThat(readAll(restarted, "greetings", 1)).containsExactly("story-1=hello");
        }
    }

    @Test
    void undeclaredTopicIsNotCreatedBehindOurBack() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(logDir);
                KafkaProducer<String, String> producer =
                        producer(broker, Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("nobody-declared-me", "k", "v"))
                            .get())
                    .isInstanceOfAny(ExecutionException.class, org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    private static void createTopic(LocalKafkaBroker broker, String name) throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get();
        }
    }

    private static KafkaProducer<String, String> producer(LocalKafkaBroker broker) {
        return producer(broker, Map.of());
    }

    private static KafkaProducer<String, String> producer(LocalKafkaBroker broker, Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(extra);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(LocalKafkaBroker broker, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }
}
