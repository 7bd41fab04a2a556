package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.Topics;
import news.wireline.ingest.IngestApplication;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.kafka.StoryRecords;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Agency-shaped ninjs through both doors of a real ingest on a real broker: over HTTP a brief with
 * version "0" is taken as version 1 and a picture is refused naming its type; on the raw topic
 * the text items are ingested and the picture and event become dead letters with that reason.
 * Every story sent is counted once: ingested or refused, none lost or doubled.
 */
class NinjsThroughTheDoorsTest {

    /** The raw topic's desk: ingested ids are in its namespace, dead letters keep the key as sent. */
    static final String RAW_DESK = "kafka-ninjs-desk";

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String KEY = "s3cret-ninjs-desk";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> TEXT = List.of(
            "ninjs-1x-harbour-crane.json",
            "ninjs-3x-orchard-frost.json",
            "ninjs-brief-ferry-fares.json",
            "ninjs-version-zero-bridge-vote.json");
    private static final List<String> NOT_TEXT =
            List.of("ninjs-picture-market-square.json", "ninjs-event-budget-briefing.json");

    private static LocalKafkaBroker broker;
    private static ConfigurableApplicationContext ingest;

    @BeforeAll
    static void start() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-ingest-ninjs-broker"));
        ingest = IngestApplication.application()
                .run(
                        "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "--server.port=0",
                        "--management.server.port=0",
                        "--wireline.kafka.partitions=1",
                        // A store of its own: one left by an earlier run would take every story for a re-send.
                        "--wireline.ingest.ledger.state-dir="
                                + Files.createTempDirectory("wireline-ingest-ninjs-state"),
                        "--wireline.kafka.retry-delay=100ms",
                        "--wireline.ingest.access.desks[0].name=ninjs-desk",
                        "--wireline.ingest.access.desks[0].key-sha256=" + DeskKeys.sha256(KEY),
                        "--logging.structured.format.console=",
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        if (ingest != null) {
            ingest.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void overHttpABriefAtVersionZeroIsTakenAsVersionOneAndAPictureIsRefusedByType() throws Exception {
        // When
        HttpResponse<String> brief = post("""
                {"uri": "urn:example-wire:2026:http-brief", "type": "text", "version": "0",
                 "headlines": [{"value": "Night buses return to the Kelsby line"}],
                 "descriptions": [{"role": "text", "value": "Night buses run again on the Kelsby line from Friday."}]}
                """);
        HttpResponse<String> picture = post(Fixtures.text("ninjs-picture-market-square.json"));
        // Then
        assertThat(brief.statusCode()).isEqualTo(202);
        assertThat(brief.body()).contains("\"version\":1");
        assertThat(picture.statusCode()).isEqualTo(400);
        assertThat(picture.body())
                .contains("\"code\":\"UNSUPPORTED_ITEM_TYPE\"", "\"field\":\"type\"", "of type 'picture'");
    }

    @Test
    void onTheRawTopicTextIsIngestedAndPicturesAndEventsAreDeadLettered() {
        // Given
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (String name : TEXT) {
                send(producer, "raw-" + name, name);
            }
            for (String name : NOT_TEXT) {
                send(producer, "raw-" + name, name);
            }
            producer.flush();
        }
        // When
        List<ConsumerRecord<String, byte[]>> letters = TopicReader.read(
                broker.bootstrapServers(),
                Topics.DEAD_LETTER_NAME,
                PATIENCE,
                records -> records.size() >= NOT_TEXT.size());
        List<ConsumerRecord<String, byte[]>> ingested = TopicReader.read(
                broker.bootstrapServers(),
                Topics.INGESTED_NAME,
                PATIENCE,
                records -> records.stream()
                                .filter(r -> r.key().startsWith(RAW_DESK + ":raw-"))
                                .count()
                        >= TEXT.size());
        // Then
        assertThat(letters)
                .extracting(ConsumerRecord::key)
                .containsExactly("raw-" + NOT_TEXT.get(0), "raw-" + NOT_TEXT.get(1));
        assertThat(letters)
                .extracting(letter -> StoryRecords.header(letter, Headers.REJECT_CODE))
                .containsOnly(RejectCode.UNSUPPORTED_ITEM_TYPE.name());
        assertThat(ingested)
                .extracting(ConsumerRecord::key)
                .filteredOn(key -> key.startsWith(RAW_DESK + ":raw-"))
                .containsExactlyInAnyOrderElementsOf(
                        TEXT.stream().map(name -> RAW_DESK + ":raw-" + name).toList());
    }

    private static HttpResponse<String> post(String body) throws Exception {
        String port = ingest.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stories"))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, String fixture) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RAW_NAME, key, Fixtures.bytes(fixture));
        record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.DESK, RAW_DESK.getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }
}
