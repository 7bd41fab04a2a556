package news.wireline.publish.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import news.wireline.events.StoryId;
import news.wireline.events.StoryPublished;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.events.Timeline;
import news.wireline.publish.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class OutboxBacklogTest {

    static HikariDataSource dataSource;

    @BeforeAll
    static void openDatabase() {
        dataSource = TestDatabase.fresh("wireline_backlog");
    }

    @AfterAll
    static void closeDatabase() {
        dataSource.close();
    }

    @Test
    void reportsHowManyEventsWaitAndHowLongTheOldestHasWaitedUntilTheyAreSent() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Outbox outbox = new Outbox(jdbc, JsonMapper.builder().build(), Tracer.NOOP);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        OutboxBacklog backlog =
                new OutboxBacklog(new OutboxRows(jdbc, JsonMapper.builder().build()), registry);
        Instant databaseNow =
                jdbc.sql("SELECT now()").query(Timestamp.class).single().toInstant();

        backlog.sample();
        assertThat(gauge(registry, OutboxBacklog.PENDING)).isZero();
        assertThat(gauge(registry, OutboxBacklog.OLDEST)).isZero();

        outbox.append(event("harbour-1"), "desk", null, databaseNow.minusSeconds(300));
        outbox.append(event("harbour-2"), "desk", null, databaseNow.minusSeconds(90));
        backlog.sample();

        assertThat(gauge(registry, OutboxBacklog.PENDING)).isEqualTo(2);
        assertThat(gauge(registry, OutboxBacklog.OLDEST)).isCloseTo(300, within(30.0));

        jdbc.sql("UPDATE outbox SET position = nextval('outbox_position') WHERE story_id = 'harbour-1'")
                .update();
        backlog.sample();

        assertThat(gauge(registry, OutboxBacklog.PENDING)).isEqualTo(1);
        assertThat(gauge(registry, OutboxBacklog.OLDEST)).isCloseTo(90, within(30.0));
    }

    @Test
    void aSampleTheDatabaseDoesNotAnswerKeepsTheLastFigures() {
        HikariDataSource lost = TestDatabase.fresh("wireline_backlog_lost");
        JdbcClient jdbc = JdbcClient.create(lost);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        OutboxBacklog backlog =
                new OutboxBacklog(new OutboxRows(jdbc, JsonMapper.builder().build()), registry);
        new Outbox(jdbc, JsonMapper.builder().build(), Tracer.NOOP)
                .append(event("quay-1"), "desk", null, Instant.now());
        backlog.sample();
        lost.close();

        backlog.sample();

        assertThat(gauge(registry, OutboxBacklog.PENDING)).isEqualTo(1);
    }

    private static double gauge(SimpleMeterRegistry registry, String name) {
        return registry.get(name).gauge().value();
    }

    private static StoryPublished event(String id) {
        Instant at = Instant.parse("2026-12-04T09:00:00Z");
        return new StoryPublished(
                StoryPublished.SCHEMA_VERSION,
                StoryId.of(id),
                1,
                ChangeType.PUBLISHED,
                5,
                "Harbour reopens " + id,
                "World",
                "https://news.example/stories/" + id,
                List.of(),
                Timeline.receivedAt(at).publishedAt(at),
                null,
                null);
    }
}
