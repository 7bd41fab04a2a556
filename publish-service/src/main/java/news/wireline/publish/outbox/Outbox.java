package news.wireline.publish.outbox;

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

    private final OutboxRows rows;

    public Outbox(JdbcClient jdbc, JsonMapper json) {
        this.rows = new OutboxRows(jdbc, json);
    }

    /** {@code desk} and {@code traceId} become the record's headers, as they were on the enriched record. */
    public void append(StoryPublished event, String desk, String traceId, Instant now) {
        rows.append(event, desk, traceId, now);
    }
}
