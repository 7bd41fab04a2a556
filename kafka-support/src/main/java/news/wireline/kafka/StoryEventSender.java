package news.wireline.kafka;

import news.wireline.events.StoryId;
import news.wireline.events.Topics.Topic;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes a stage's event and returns only once the broker has acknowledged it, so a caller never
 * reports or commits success for an event that was not written.
 */
public class StoryEventSender {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, Object> kafka;

    StoryEventSender(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    public <V> void send(Topic<V> topic, StoryId id, V event, String desk, String traceId) {
        try {
            kafka.send(StoryRecords.record(topic, id, event, desk, traceId)).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventNotSentException("story " + id + " could not be written to " + topic.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotSentException("interrupted while writing story " + id + " to " + topic.name(), e);
        }
    }

    /** The broker did not acknowledge an event; retrying the whole step is safe. */
    public static class EventNotSentException extends RuntimeException {
        EventNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
