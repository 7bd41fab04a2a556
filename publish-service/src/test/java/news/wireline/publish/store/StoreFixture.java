package news.wireline.publish.store;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.tracing.Tracer;
import java.time.Instant;
import java.util.List;
import news.wireline.local.BoundSettings;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.TestDatabase;
import news.wireline.publish.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed store wired as the service wires it, on a database of its own, with what tests look at
 * afterwards. One per test class; {@link #empty()} before each test.
 */
record StoreFixture(JdbcClient jdbc, StoryWriter writer, FeedReader reader, HikariDataSource dataSource)
        implements AutoCloseable {

    static final PublishSettings SETTINGS = BoundSettings.of(PublishSettings.class, "public-url=https://news.example");

    static StoreFixture fresh() {
        HikariDataSource dataSource = TestDatabase.fresh("wireline_store");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JsonMapper json = JsonMapper.builder().build();
        return new StoreFixture(jdbc, writer(jdbc, dataSource), new FeedReader(jdbc, json), dataSource);
    }

    /** One more publish instance's writer over the same database, as when two instances run. */
    StoryWriter anotherInstance() {
        return writer(jdbc, dataSource);
    }

    /** The database's time now, which embargoes fall due by. */
    Instant databaseNow() {
        return new DatabaseClock(jdbc).now();
    }

    private static StoryWriter writer(JdbcClient jdbc, HikariDataSource dataSource) {
        JsonMapper json = JsonMapper.builder().build();
        return new StoryWriter(
                new StoryRows(jdbc, json),
                new Outbox(jdbc, json, Tracer.NOOP),
                new Announcements(SETTINGS, new LiveLinks(jdbc, json), json),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new DatabaseClock(jdbc));
    }

    StoreFixture empty() {
        // DELETE, not TRUNCATE: on tables this small it is many times faster.
        for (String table : List.of("story_tag", "story_related", "story", "story_version", "outbox")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("ALTER TABLE outbox ALTER COLUMN seq RESTART").update();
        jdbc.sql("ALTER SEQUENCE outbox_position RESTART").update();
        return this;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** The outbox as "change id@version", oldest first. */
    List<String> announced() {
        return jdbc.sql("SELECT change || ' ' || story_id || '@' || version FROM outbox ORDER BY seq")
                .query(String.class)
                .list();
    }

    List<Integer> versionsKept(String id) {
        return jdbc.sql("SELECT version FROM story_version WHERE story_id = :id ORDER BY version")
                .param("id", id)
                .query(Integer.class)
                .list();
    }

    List<String> newestHeadlines(FeedQuery query) {
        return reader.page(query).stories().stream()
                .map(stored -> stored.story().story().headline())
                .toList();
    }
}
