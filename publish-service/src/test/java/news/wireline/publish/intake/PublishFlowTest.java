package news.wireline.publish.intake;

import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.wireline.events.Headers;
import news.wireline.publish.KafkaTopics;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.Stories;
import news.wireline.publish.TestClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Enriched stories in on Kafka, the store, the reader API and the published topic out, with the service running as deployed. */
@PublishServiceTest
class PublishFlowTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    Reader reader;

    @BeforeEach
    void reader() {
        reader = new Reader(environment);
    }

    @Test
    void storyCorrectionAndKillReachTheStoreTheApiAndThePublishedTopicInOrder() {
        String id = Stories.uniqueId("flow");
        String tag = Stories.uniqueId("Harbour");
        Stories strike = story(id, "Dockworkers walk out").tags(place(tag));

        KafkaTopics.sendEnriched(strike.enriched(), "trace-v1");
        List<ConsumerRecord<String, byte[]>> first =
                KafkaTopics.published(id, PATIENCE, records -> records.size() >= 1);
        assertThat(reader.get("/stories/" + id).statusCode()).isEqualTo(200);

        KafkaTopics.sendEnriched(
                strike.version(2).headline("Dockworkers walk out for a week").enriched(), "trace-v2");
        await().atMost(PATIENCE)
                .until(() ->
                        json(reader.get("/stories/" + id).body()).get("version").asInt() == 2);
        assertThat(json(reader.get("/feed?tag=" + tag).body())
                        .get("items")
                        .get(0)
                        .get("headline")
                        .asString())
                .isEqualTo("Dockworkers walk out for a week");

        KafkaTopics.sendEnriched(strike.version(2).killed().enriched(), "trace-kill");
        await().atMost(PATIENCE).until(() -> reader.get("/stories/" + id).statusCode() == 410);

        List<ConsumerRecord<String, byte[]>> published =
                KafkaTopics.published(id, PATIENCE, records -> records.size() >= 3);
        assertThat(first).hasSize(1);
        assertThat(published)
                .extracting(record -> json(record.value()).get("change").asString() + "@"
                        + json(record.value()).get("version").asInt())
                .containsExactly("PUBLISHED@1", "UPDATED@2", "WITHDRAWN@3");
        assertThat(published)
                .extracting(record -> KafkaTopics.header(record, Headers.TRACE_ID))
                .containsExactly("trace-v1", "trace-v2", "trace-kill");
        assertThat(published)
                .extracting(record -> KafkaTopics.header(record, Headers.DESK))
                .containsOnly("test-desk");
        assertThat(published)
                .extracting(record -> KafkaTopics.header(record, Headers.CE_TYPE))
                .containsExactly(
                        "news.wireline.story.published",
                        "news.wireline.story.updated",
                        "news.wireline.story.withdrawn");
        assertThat(published)
                .extracting(ConsumerRecord::partition)
                .containsOnly(published.get(0).partition());
        JsonNode withdrawal = json(published.get(2).value());
        assertThat(withdrawal.get("url").asString()).isEqualTo(reader.baseUrl() + "/stories/" + id);
        assertThat(withdrawal.get("tags").findValuesAsString("name")).containsExactly(tag);

        JsonNode gone = json(reader.get("/stories/" + id).body());
        assertThat(gone.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(gone.has("story")).isFalse();
        assertThat(json(reader.get("/feed?tag=" + tag).body()).get("items")).isEmpty();
        assertThat(reader.get("/tags/" + tag).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT version FROM story_version WHERE story_id = :id ORDER BY version")
                        .param("id", id)
                        .query(Integer.class)
                        .list())
                .containsExactly(1, 2, 3);
    }

    @Test
    void embargoedStoryStaysHiddenAndUnannouncedUntilItsTimeThenAppears() {
        String id = Stories.uniqueId("embargo");
        Instant embargo = clock.instant().plus(Duration.ofHours(1));

        KafkaTopics.sendEnriched(
                story(id, "Election results " + id).embargoedUntil(embargo).enriched(), "trace-embargo");
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM story WHERE story_id = :id", id) == 1);

        assertThat(reader.get("/stories/" + id).statusCode()).isEqualTo(404);
        assertThat(reader.get("/story/" + id).statusCode()).isEqualTo(404);
        assertThat(reader.get("/feed?limit=50").body()).doesNotContain(id);
        assertThat(reader.get("/feed.atom").body()).doesNotContain(id);
        assertThat(count("SELECT count(*) FROM outbox WHERE story_id = :id", id))
                .isZero();

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        List<ConsumerRecord<String, byte[]>> published =
                KafkaTopics.published(id, PATIENCE, records -> !records.isEmpty());
        JsonNode event = json(published.get(0).value());
        assertThat(event.get("change").asString()).isEqualTo("PUBLISHED");
        assertThat(Instant.parse(event.get("timeline").get("published").asString()))
                .isAfterOrEqualTo(embargo);
        assertThat(KafkaTopics.header(published.get(0), Headers.TRACE_ID)).isEqualTo("trace-embargo");
        assertThat(reader.get("/stories/" + id).statusCode()).isEqualTo(200);
        assertThat(reader.get("/feed.atom").body()).contains(id);
    }

    private int count(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static JsonNode json(byte[] body) {
        return JSON.readTree(new String(body, StandardCharsets.UTF_8));
    }
}
