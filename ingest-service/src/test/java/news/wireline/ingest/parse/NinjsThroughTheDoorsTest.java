package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
    private static final List<String> TEXT = List.of(
            "ninjs-1x-harbour-crane.json",
            "ninjs-3x-orchard-frost.json",
            "ninjs-brief-ferry-fares.json",
            "ninjs-version-zero-bridge-vote.json");
    private static final List<String> NOT_TEXT =
            List.of("ninjs-picture-market-square.json", "ninjs-event-budget-briefing.json");

    private static IngestDoors doors;

    @BeforeAll
    static void start() throws Exception {
        doors = IngestDoors.start("ninjs-desk", KEY);
    }

    @AfterAll
    static void stop() {
        if (doors != null) {
            doors.close();
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
        try (KafkaProducer<String, byte[]> producer = doors.producer()) {
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
                doors.bootstrapServers(),
                Topics.DEAD_LETTER_NAME,
                PATIENCE,
                records -> records.size() >= NOT_TEXT.size());
        List<ConsumerRecord<String, byte[]>> ingested = TopicReader.read(
                doors.bootstrapServers(),
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
        return doors.post(body, "application/json");
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, String fixture) {
        producer.send(IngestDoors.raw(key, Fixtures.bytes(fixture), RAW_DESK, "application/json"));
    }
}
