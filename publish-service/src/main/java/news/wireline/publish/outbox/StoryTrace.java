package news.wireline.publish.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import news.wireline.publish.outbox.OutboxRows.StoredSpan;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The trace a story came in with, continued where the relay sends its event: the relay runs on a
 * schedule, outside any trace, and would otherwise start a new one, so the published record's
 * {@code traceparent} would name a trace no other stage of the story is in. The relay's span is a
 * child of the span the story was stored in, kept beside the trace id; where none was kept (a
 * story that came without a trace context, an embargo released later) it hangs off a parent span
 * id of its own making, and is not sampled, since no sampling decision was kept either.
 */
@Component
class StoryTrace {

    private static final Pattern W3C_TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern W3C_SPAN_ID = Pattern.compile("[0-9a-f]{16}");
    private static final String INVALID = "0".repeat(32);
    private static final String INVALID_SPAN = "0".repeat(16);

    private final Tracer tracer;

    @Autowired
    StoryTrace(ObjectProvider<Tracer> tracer) {
        this(tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    StoryTrace(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Runs {@code work} in a span of trace {@code traceId}, the child of the {@code stored} span,
     * sampled as it was, where one was kept; or as it is when {@code traceId} is not a W3C trace id.
     */
    <T> T within(String traceId, @Nullable StoredSpan stored, Supplier<T> work) {
        if (traceId == null || !W3C_TRACE_ID.matcher(traceId).matches() || traceId.equals(INVALID)) {
            return work.get();
        }
        StoredSpan kept = stored != null
                        && W3C_SPAN_ID.matcher(stored.spanId()).matches()
                        && !stored.spanId().equals(INVALID_SPAN)
                ? stored
                : null;
        TraceContext parent = tracer.traceContextBuilder()
                .traceId(traceId)
                .spanId(kept != null ? kept.spanId() : newSpanId())
                .sampled(kept != null && kept.sampled())
                .build();
        Span span = tracer.spanBuilder().setParent(parent).name("outbox relay").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }

    private static String newSpanId() {
        long id = ThreadLocalRandom.current().nextLong();
        return HexFormat.of().toHexDigits(id == 0 ? 1 : id);
    }
}
