package news.wireline.publish.outbox;

import java.util.List;
import news.wireline.events.StoryPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events the relay has sent, in the order it sent them, for as long as they are retained.
 * Every instance reads the same log, so a reader's place in it means the same on any of them.
 */
@Component
public class PublishedLog {

    private static final Logger log = LoggerFactory.getLogger(PublishedLog.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublishedLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The position of the latest sent event, 0 when none was. */
    public long head() {
        return jdbc.sql("SELECT coalesce(max(position), 0) FROM outbox")
                .query(Long.class)
                .single();
    }

    public List<PublishedEntry> after(long position, int limit) {
        return jdbc.sql(
                        "SELECT position, story_id, event FROM outbox WHERE position > :position ORDER BY position LIMIT :limit")
                .param("position", position)
                .param("limit", limit)
                .query((rs, row) -> entry(rs.getLong("position"), rs.getString("story_id"), rs.getString("event")))
                .list();
    }

    private PublishedEntry entry(long position, String storyId, String event) {
        try {
            return new PublishedEntry(position, json.readValue(event, StoryPublished.class));
        } catch (JacksonException e) {
            log.warn(
                    "published event at position {} for story {} cannot be read ({}); readers skip it",
                    position,
                    storyId,
                    e.getOriginalMessage());
            return PublishedEntry.unreadable(position);
        }
    }
}
