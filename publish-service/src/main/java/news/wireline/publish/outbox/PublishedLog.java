package news.wireline.publish.outbox;

import news.wireline.events.StoryPublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The events the relay has sent, in the order it sent them, for as long as they are retained.
 * Every instance reads the same log, so a reader's place in it means the same on any of them.
 */
@Component
public class PublishedLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublishedLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The position of the latest sent event, 0 when none was. */
    public long head() {
        return jdbc.sql("SELECT coalesce(max(position), 0) FROM outbox").query(Long.class).single();
    }

    public List<PublishedEntry> after(long position, int limit) {
        return jdbc.sql("SELECT position, event FROM outbox WHERE position > :position ORDER BY position LIMIT :limit")
                .param("position", position).param("limit", limit)
                .query((rs, row) -> new PublishedEntry(rs.getLong("position"),
                        json.readValue(rs.getString("event"), StoryPublished.class)))
                .list();
    }
}
