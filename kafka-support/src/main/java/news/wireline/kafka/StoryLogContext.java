package news.wireline.kafka;

import news.wireline.events.Headers;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/** Puts the story id and trace id of the record being handled into every log line it causes. */
class StoryLogContext implements RecordInterceptor<Object, Object> {

    static final String STORY_ID = "storyId";
    static final String TRACE_ID = "traceId";

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        if (record.key() != null) {
            MDC.put(STORY_ID, record.key().toString());
        }
        String traceId = StoryRecords.header(record, Headers.TRACE_ID);
        if (traceId != null) {
            MDC.put(TRACE_ID, traceId);
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(STORY_ID);
        MDC.remove(TRACE_ID);
    }
}
