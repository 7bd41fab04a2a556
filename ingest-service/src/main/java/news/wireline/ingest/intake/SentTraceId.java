package news.wireline.ingest.intake;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A trace id a desk sent of its own ({@code X-Wireline-Trace-Id}, the raw record's
 * {@code wireline-trace-id}). It is carried in a header through every stage and printed in every
 * log line, so it is kept only when it has the shape of a W3C trace id: 32 lower-case hex digits,
 * not all zero. Anything else is ignored, as a W3C tracer ignores a malformed {@code traceparent},
 * and the story keeps the trace it arrived in; the story itself is fine, so it is not refused.
 */
final class SentTraceId {

    private static final Pattern W3C_TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String INVALID = "0".repeat(32);

    private SentTraceId() {}

    /** @return the sent id when it is well formed, else {@code current} */
    static String orElse(@Nullable String sent, String current) {
        if (sent == null) {
            return current;
        }
        String id = sent.strip();
        return id.length() == 32 && W3C_TRACE_ID.matcher(id).matches() && !id.equals(INVALID) ? id : current;
    }
}
