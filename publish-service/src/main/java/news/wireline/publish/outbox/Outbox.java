package news.wireline.publish.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Instant;
import news.wireline.events.StoryPublished;
import news.wireline.publish.outbox.OutboxRows.StoredSpan;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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
    private final Tracer tracer;

    @Autowired
    Outbox(JdbcClient jdbc, JsonMapper json, ObjectProvider<Tracer> tracer) {
        this(jdbc, json, tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    public Outbox(JdbcClient jdbc, JsonMapper json, Tracer tracer) {
        this.rows = new OutboxRows(jdbc, json);
        this.tracer = tracer;
    }

    /**
     * {@code desk} and {@code traceId} become the record's headers, as they were on the enriched
     * record. The span the change is made in, when it is in that trace (the listener's, continuing
     * the enriched record's), is kept as the parent of the span the relay sends the event in.
     */
    public void append(StoryPublished event, String desk, String traceId, Instant now) {
        rows.append(event, desk, traceId, spanIn(traceId), now);
    }

    private @Nullable StoredSpan spanIn(String traceId) {
        Span span = tracer.currentSpan();
        if (span == null || !span.context().traceId().equals(traceId)) {
            return null;
        }
        return new StoredSpan(
                span.context().spanId(), Boolean.TRUE.equals(span.context().sampled()));
    }
}
