package news.wireline.kafka;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import news.wireline.events.Headers;
import news.wireline.events.StoryId;
import news.wireline.events.Topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds and reads pipeline records: keyed by story id, with the desk and trace id carried along. */
public final class StoryRecords {

    private StoryRecords() {}

    /** A record for {@code topic}; a null trace id starts a new trace. */
    public static <V> ProducerRecord<String, Object> record(
            Topic<V> topic, StoryId id, V value, String desk, String traceId) {
        return new ProducerRecord<>(topic.name(), null, id.value(), value, headers(desk, traceId));
    }

    /**
     * The headers every event carries, for writers that build their records themselves (Kafka
     * Streams); a null trace id starts a new trace.
     */
    public static org.apache.kafka.common.header.Headers headers(String desk, String traceId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        if (desk != null) {
            headers.add(Headers.DESK, desk.getBytes(StandardCharsets.UTF_8));
        }
        headers.add(Headers.TRACE_ID, (traceId != null ? traceId : newTraceId()).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    public static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The last value of a header as UTF-8 text, or null when absent. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
