package news.wireline.kafka;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;

/**
 * The trace id a story is given where it enters the pipeline: the W3C trace id of the request or
 * record being handled, so the {@code wireline-trace-id} header, the {@code traceparent} header
 * and the logs all name the same trace.
 */
public class TraceIds {

    private final @Nullable Tracer tracer;

    TraceIds(@Nullable Tracer tracer) {
        this.tracer = tracer;
    }

    public String current() {
        Span span = tracer == null ? null : tracer.currentSpan();
        return span != null ? span.context().traceId() : StoryRecords.newTraceId();
    }
}
