package news.wireline.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics.Topic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a stage's event and returns only once the broker has acknowledged it, so a caller never
 * reports or commits success for an event that was not written. Inside a Kafka transaction the
 * commit is that acknowledgement: it flushes the event and fails, rolling the consumed offset back
 * with it, if the event was not written; waiting for each send as well only added a broker round
 * trip per story.
 * <p>
 * An event over {@code maxEventBytes} is refused before it is sent, with
 * {@link EventTooLargeException}: the broker would refuse it anyway, and a transactional producer
 * whose send failed can only abort, taking the whole poll with it, every time it is redelivered.
 * Checked here, it is one story's fault, dead-lettered like any story that cannot be processed.
 */
public class StoryEventSender {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, Object> kafka;
    private final JsonMapper json;
    private final int maxEventBytes;

    StoryEventSender(KafkaTemplate<String, Object> kafka, JsonMapper json, int maxEventBytes) {
        this.kafka = kafka;
        this.json = json;
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * Each call is one event, with a CloudEvents id of its own. A stage that sends in a Kafka
     * transaction and retries after an abort sends a new id, but the aborted record is never read
     * by a read-committed consumer, so no consumer sees one event under two ids.
     */
    public <V> void send(Topic<V> topic, StoryId id, V event, String desk, @Nullable String traceId) {
        ProducerRecord<String, Object> record = StoryRecords.record(topic, id, event, desk, traceId);
        requireWithinLimit(record);
        if (kafka.inTransaction()) {
            kafka.send(record);
            return;
        }
        send(record);
    }

    /** Sends a record built with {@link StoryRecords#record}, perhaps with headers added; returns where the broker put it. */
    public RecordMetadata send(ProducerRecord<String, Object> record) {
        requireWithinLimit(record);
        try {
            return kafka.send(record)
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .getRecordMetadata();
        } catch (ExecutionException | TimeoutException e) {
            throw new EventNotSentException("story " + record.key() + " could not be written to " + record.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotSentException(
                    "interrupted while writing story " + record.key() + " to " + record.topic(), e);
        }
    }

    /**
     * Serialises the value once more to measure it, as the producer's JSON serialiser will (same
     * mapper, no type headers); a few microseconds against the work that made the event.
     */
    private void requireWithinLimit(ProducerRecord<String, Object> record) {
        long size = valueBytes(record.value())
                + (record.key() == null ? 0 : record.key().getBytes(StandardCharsets.UTF_8).length);
        for (Header header : record.headers()) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        if (size > maxEventBytes) {
            throw new EventTooLargeException("story " + record.key() + " makes a " + size + "-byte event for "
                    + record.topic() + ", over the " + maxEventBytes + "-byte limit (wireline.kafka.max-event-bytes)");
        }
    }

    private int valueBytes(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof byte[] bytes) {
            return bytes.length;
        }
        if (value instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
        return json.writeValueAsBytes(value).length;
    }

    /** An event larger than the broker takes: the story's own fault, never cured by a retry. */
    public static class EventTooLargeException extends StoryRejectedException {
        EventTooLargeException(String message) {
            super(RejectCode.TOO_LARGE, message);
        }
    }

    /** The broker did not acknowledge an event; retrying the whole step is safe. */
    public static class EventNotSentException extends RuntimeException {
        EventNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
