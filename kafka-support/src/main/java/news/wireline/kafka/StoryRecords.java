package news.wireline.kafka;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import news.wireline.events.EventAttributes;
import news.wireline.events.Headers;
import news.wireline.events.StoryId;
import news.wireline.events.Topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Builds and reads pipeline records: keyed by story id, with the desk and trace id carried along,
 * and a story event's CloudEvents attributes ({@link CloudEventHeaders}).
 */
public final class StoryRecords {

    private StoryRecords() {}

    /** A record for {@code topic}; a null trace id starts a new trace. A story event gets an event id of its own. */
    public static <V> ProducerRecord<String, Object> record(
            Topic<V> topic, StoryId id, V value, String desk, @Nullable String traceId) {
        return record(topic, id, value, desk, traceId, UUID.randomUUID().toString());
    }

    /**
     * A record whose event, when {@code value} is a story event, has the id {@code eventId} on every
     * attempt to send it; a null value is a tombstone.
     */
    public static <V> ProducerRecord<String, Object> record(
            Topic<V> topic, StoryId id, @Nullable V value, String desk, @Nullable String traceId, String eventId) {
        return new ProducerRecord<>(
                topic.name(), null, id.value(), value, headers(topic, id, value, desk, traceId, eventId));
    }

    /**
     * The headers a record of {@code value} carries, for writers that build their records
     * themselves (Kafka Streams): a story event's CloudEvents attributes, then the content type,
     * desk and trace id; a null trace id starts a new trace.
     */
    public static <V> org.apache.kafka.common.header.Headers headers(
            Topic<V> topic, StoryId id, @Nullable V value, String desk, @Nullable String traceId, String eventId) {
        RecordHeaders headers = new RecordHeaders();
        if (value != null && EventAttributes.isEvent(value)) {
            CloudEventHeaders.of(topic, id, value, eventId).forEach(headers::add);
        }
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
    public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
