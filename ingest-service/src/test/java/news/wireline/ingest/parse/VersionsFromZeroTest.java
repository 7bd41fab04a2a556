package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A desk that numbers its ninjs versions from "0" (AP does), with
 * {@code wireline.ingest.access.desks[].versions-from-zero}: "0", "1", "2" are its versions 1, 2
 * and 3, in the parser and through both doors of a real ingest; any other desk keeps "0" and "1"
 * as its version 1.
 */
class VersionsFromZeroTest {

    static final String DESK = "zero-desk";
    static final String KEY = "s3cret-zero-desk";
    static final StoryParser PARSER = new StoryParser(512 * 1024);

    static IngestDoors doors;

    @BeforeAll
    static void start() throws Exception {
        doors = IngestDoors.start(DESK, KEY, "--wireline.ingest.access.desks[0].versions-from-zero=true");
    }

    @AfterAll
    static void stop() {
        if (doors != null) {
            doors.close();
        }
    }

    @Test
    void theParserReadsZeroOneTwoAsOneTwoThreeForADeskCountingFromZeroAndKeepsOtherDesksRule() {
        assertThat(Stream.of("0", "1", "2").map(version -> read(version, true))).containsExactly(1, 2, 3);
        assertThat(Stream.of("0", "1", "2").map(version -> read(version, false)))
                .containsExactly(1, 1, 2);
        assertThatExceptionOfType(StoryRejectedException.class)
                .isThrownBy(() -> read("-1", true))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("version"));
    }

    @Test
    void overHttpVersionsZeroOneTwoAreAcceptedAsOneTwoThree() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                doors.post(item("urn:example-wire:2026:http-levy", "0", "The harbour levy vote is set"), null),
                doors.post(item("urn:example-wire:2026:http-levy", "1", "The harbour levy vote is delayed"), null),
                doors.post(item("urn:example-wire:2026:http-levy", "2", "The harbour levy passes"), null));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(202, 202, 202);
        assertThat(answers)
                .extracting(answer -> JsonMapper.builder()
                        .build()
                        .readTree(answer.body())
                        .get("version")
                        .asInt())
                .containsExactly(1, 2, 3);
    }

    @Test
    void onTheRawTopicVersionsZeroOneTwoAreIngestedAsOneTwoThree() {
        try (KafkaProducer<String, byte[]> producer = doors.producer()) {
            for (String version : List.of("0", "1", "2")) {
                byte[] item = item("urn:example-wire:2026:raw-levy", version, "Levy headline at version " + version)
                        .getBytes(StandardCharsets.UTF_8);
                producer.send(IngestDoors.raw("raw-levy", item, DESK, "application/json"));
            }
            producer.flush();
        }
        String id = DESK + ":raw-levy";

        List<ConsumerRecord<String, byte[]>> ingested = TopicReader.withKey(
                TopicReader.read(
                        doors.bootstrapServers(),
                        Topics.INGESTED_NAME,
                        Duration.ofSeconds(60),
                        records -> TopicReader.withKey(records, id).size() >= 3),
                id);

        assertThat(ingested)
                .extracting(record -> JsonMapper.builder()
                        .build()
                        .readTree(record.value())
                        .get("version")
                        .asInt())
                .containsExactly(1, 2, 3);
    }

    private static int read(String version, boolean fromZero) {
        byte[] item =
                item("urn:example-wire:2026:levy", version, "Harbour levy").getBytes(StandardCharsets.UTF_8);
        return PARSER.read(item, "application/json", fromZero).version();
    }

    private static String item(String uri, String version, String headline) {
        return """
                {"uri": "%s", "type": "text", "version": "%s",
                 "headlines": [{"value": "%s"}], "body_text": "%s, the council said on Tuesday."}
                """.formatted(uri, version, headline, headline);
    }
}
