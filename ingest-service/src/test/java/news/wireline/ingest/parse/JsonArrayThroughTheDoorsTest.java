package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A JSON array of ninjs items, as an agency's feed holds them, sent where one story goes: refused
 * as malformed at both doors, whether it is declared JSON or sent with no content type (sniffed),
 * and never read as a page of text whose headline is the array's first line.
 */
class JsonArrayThroughTheDoorsTest {

    static final String DESK = "array-desk";
    static final String RAW_DESK = "kafka-array-desk";
    static final String KEY = "s3cret-array-desk";
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String ITEMS = """
            [{"uri": "urn:example-wire:2026:tram-fares", "type": "text", "version": "1",
              "headlines": [{"value": "Tram fares rise in Kelsby"}], "body_text": "Fares rise by ten pence from May."},
             {"uri": "urn:example-wire:2026:ferry-strike", "type": "text", "version": "1",
              "headlines": [{"value": "Ferry crews vote to strike"}], "body_text": "Crews walk out on Monday."}]
            """;

    static IngestDoors doors;

    @BeforeAll
    static void start() throws Exception {
        doors = IngestDoors.start(DESK, KEY);
    }

    @AfterAll
    static void stop() {
        if (doors != null) {
            doors.close();
        }
    }

    @Test
    void overHttpAnArrayIsRefusedAsMalformedDeclaredOrSniffed() throws Exception {
        // When
        HttpResponse<String> declared = doors.post(ITEMS, "application/json");
        HttpResponse<String> sniffed = doors.post(ITEMS, null);
        // Then
        for (HttpResponse<String> answer : List.of(declared, sniffed)) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"code\":\"MALFORMED\"", "is an array", "application/x-ndjson");
        }
    }

    @Test
    void onTheRawTopicAnArrayIsDeadLetteredAsMalformedDeclaredOrSniffed() {
        // Given: the two arrays, then a story, on the topic's one partition
        byte[] items = ITEMS.getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = doors.producer()) {
            producer.send(IngestDoors.raw("array-declared", items, RAW_DESK, "application/json"));
            producer.send(IngestDoors.raw("array-sniffed", items, RAW_DESK, null));
            producer.send(IngestDoors.raw(
                    "after-arrays", Fixtures.bytes("ninjs-3x-orchard-frost.json"), RAW_DESK, "application/json"));
            producer.flush();
        }
        // When
        List<ConsumerRecord<String, byte[]>> letters = TopicReader.read(
                doors.bootstrapServers(), Topics.DEAD_LETTER_NAME, PATIENCE, records -> records.size() >= 2);
        List<ConsumerRecord<String, byte[]>> ingested = TopicReader.read(
                doors.bootstrapServers(),
                Topics.INGESTED_NAME,
                PATIENCE,
                records -> records.stream().anyMatch(r -> r.key().equals(RAW_DESK + ":after-arrays")));
        // Then
        assertThat(letters).extracting(ConsumerRecord::key).containsExactly("array-declared", "array-sniffed");
        assertThat(letters)
                .extracting(letter -> StoryRecords.header(letter, Headers.REJECT_CODE))
                .containsOnly(RejectCode.MALFORMED.name());
        assertThat(ingested).extracting(ConsumerRecord::key).containsExactly(RAW_DESK + ":after-arrays");
    }
}
