package news.wireline.publish.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import news.wireline.events.StoryPublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a story change leaves its StoryPublished event. Call it inside the transaction that makes
 * the change: the event then exists exactly when the change does, and {@link OutboxRelay} sends it.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** {@code desk} and {@code traceId} become the record's headers, as they were on the enriched record. */
    public void append(StoryPublished event, String desk, String traceId, Instant now) {
        jdbc.sql("""
                        INSERT INTO outbox (story_id, version, change, event, desk, trace_id, created_at)
                        VALUES (:id, :version, :change, CAST(:event AS jsonb), :desk, :traceId, :now)""")
                .param("id", event.id().value())
                .param("version", event.version())
                .param("change", event.change().name())
                .param("event", json.writeValueAsString(event))
                .param("desk", desk)
                .param("traceId", traceId)
                .param("now", Timestamp.from(now))
                .update();
    }
}
