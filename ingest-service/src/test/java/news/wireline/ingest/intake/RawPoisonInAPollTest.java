package news.wireline.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.Topics;
import news.wireline.ingest.IngestApplication;
import news.wireline.kafka.StoryRecords;
import news.wireline.local.ServiceOnBroker;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * A desk writes a story ingest cannot read in the middle of a poll of the raw topic, on a real
 * broker: it is dead-lettered once with its reason, and every story after it on the partition is
 * ingested.
 */
class RawPoisonInAPollTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> GOOD =
            List.of("urn:test:ferry-1", "urn:test:ferry-2", "urn:test:ferry-3", "urn:test:ferry-4");
    private static final String POISON = "urn:test:broken";

    private static ServiceOnBroker ingest;

    @BeforeAll
    static void ingestOnePollWithPoisonInTheMiddle() throws Exception {
        ingest = ServiceOnBroker.start(
                IngestApplication.application(),
                "--wireline.kafka.partitions=1",
                "--wireline.ingest.ledger.state-dir=" + Files.createTempDirectory("wireline-ingest-poll-state"),
                "--wireline.kafka.retry-delay=100ms",
                "--spring.kafka.listener.auto-startup=false");
        try (KafkaProducer<String, byte[]> producer = ingest.producerHoldingBackUntilFlush()) {
            send(producer, GOOD.get(0), ninjs(GOOD.get(0), "Ferry crews walk out"));
            send(producer, POISON, "{\"uri\": \"urn:test:broken\", \"headline\": ");
            for (String id : GOOD.subList(1, GOOD.size())) {
                send(producer, id, ninjs(id, "Ferry talks " + id));
            }
            producer.flush();
        }
        ingest.service()
                .getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("ingest-raw")
                .start();
    }

    @AfterAll
    static void stop() {
        if (ingest != null) {
            ingest.close();
        }
    }

    @Test
    void deadLettersThePoisonOnceAndIngestsEveryStoryAfterIt() {
        List<ConsumerRecord<String, byte[]>> ingested = TopicReader.read(
                ingest.bootstrapServers(), Topics.INGESTED_NAME, PATIENCE, records -> records.size() >= GOOD.size());
        assertThat(ingested)
                .extracting(ConsumerRecord::key)
                .containsExactlyElementsOf(
                        GOOD.stream().map(id -> "kafka-test-desk:" + id).toList());

        List<ConsumerRecord<String, byte[]>> letters = TopicReader.read(
                ingest.bootstrapServers(), Topics.DEAD_LETTER_NAME, Duration.ofSeconds(3), records -> false);
        assertThat(letters).extracting(ConsumerRecord::key).containsExactly(POISON);
        ConsumerRecord<String, byte[]> letter = letters.get(0);
        assertThat(StoryRecords.header(letter, Headers.REJECT_CODE)).isEqualTo(RejectCode.MALFORMED.name());
        assertThat(StoryRecords.header(letter, Headers.REJECT_MESSAGE)).startsWith("The JSON is not valid");
        assertThat(ByteBuffer.wrap(letter.headers()
                                .lastHeader("kafka_dlt-original-offset")
                                .value())
                        .getLong())
                .isEqualTo(1);
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, String json) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.RAW_NAME, key, json.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.DESK, "kafka-test-desk".getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static String ninjs(String uri, String headline) {
        return """
                {"uri": "%s", "version": "1", "type": "text", "language": "en", "headline": "%s", "byline": "Ana Ruiz", \
                "body_text": "The first paragraph of a story we wrote for tests.\\n\\nA second paragraph with more detail."}\
                """.formatted(uri, headline);
    }
}
