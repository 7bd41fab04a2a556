package news.wireline.kafka;

import news.wireline.events.StoryId;
import news.wireline.events.Topics.Topic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes a stage's event and returns only once the broker has acknowledged it, so a caller never
 * reports or commits success for an event that was not written. Inside a Kafka transaction the
 * commit is that acknowledgement: it flushes the event and fails, rolling the consumed offset back
 * with it, if the event was not written; waiting for each send as well only added a broker round
 * trip per story.
 */
public class StoryEventSender {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, Object> kafka;

    StoryEventSender(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    public <V> void send(Topic<V> topic, StoryId id, V event, String desk, String traceId) {
        ProducerRecord<String, Object> record = StoryRecords.record(topic, id, event, desk, traceId);
        if (kafka.inTransaction()) {
            kafka.send(record);
            return;
        }
        send(record);
    }

    /** Sends a record built with {@link StoryRecords#record}, perhaps with headers added; returns where the broker put it. */
    public RecordMetadata send(ProducerRecord<String, Object> record) {
        try {
            return kafka.send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
        } catch (ExecutionException | TimeoutException e) {
            throw new EventNotSentException("story " + record.key() + " could not be written to " + record.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotSentException("interrupted while writing story " + record.key() + " to " + record.topic(), e);
        }
    }

    /** The broker did not acknowledge an event; retrying the whole step is safe. */
    public static class EventNotSentException extends RuntimeException {
        EventNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
