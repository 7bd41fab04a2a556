package news.wireline.kafka;

import news.wireline.events.Headers;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the story id and trace id of the record being handled into every log line it causes. When
 * tracing already put the W3C trace id there, it is left alone: ingest makes the two the same.
 */
class StoryLogContext implements RecordInterceptor<Object, Object> {

    static final String STORY_ID = "storyId";
    static final String TRACE_ID = "traceId";

    private final ThreadLocal<Boolean> ownTraceId = ThreadLocal.withInitial(() -> false);

    @Override
    public ConsumerRecord<Object, Object> intercept(
            ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        if (record.key() != null) {
            MDC.put(STORY_ID, record.key().toString());
        }
        String traceId = StoryRecords.header(record, Headers.TRACE_ID);
        if (traceId != null && MDC.get(TRACE_ID) == null) {
            MDC.put(TRACE_ID, traceId);
            ownTraceId.set(true);
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(STORY_ID);
        if (ownTraceId.get()) {
            MDC.remove(TRACE_ID);
            ownTraceId.set(false);
        }
    }
}
