package news.wireline.kafka;

import java.util.Objects;
import java.util.function.Supplier;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes records in Kafka transactions of its own, for a writer outside any listener whose records
 * must be read together or not at all (publish's outbox relay). It is the shared producer with a
 * transaction id prefix added, so its serialisers, limits, metrics and trace headers are every
 * other writer's; only the service that sets {@code wireline.kafka.sender-transaction-id-prefix}
 * has one.
 */
public class TransactionalSender implements DisposableBean {

    private final KafkaTemplate<String, Object> kafka;
    private final StoryEventSender sender;

    TransactionalSender(KafkaTemplate<String, Object> kafka, StoryEventSender sender) {
        this.kafka = kafka;
        this.sender = sender;
    }

    /**
     * Runs {@code work} in one transaction: a read-committed consumer sees every record it sent, or,
     * when it throws or the commit fails, none. A failed commit is an {@link EventNotSentException}.
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        try {
            return Objects.requireNonNull(
                    kafka.executeInTransaction(operations -> work.get()), "the work's own result, never null");
        } catch (KafkaException | org.springframework.kafka.KafkaException e) {
            throw new EventNotSentException(
                    "a transaction of " + kafka.getTransactionIdPrefix() + " did not commit", e);
        }
    }

    /** Sends a record inside {@link #inOneTransaction}; returns where the broker put it, not yet committed. */
    public RecordMetadata send(ProducerRecord<String, Object> record) {
        return sender.send(record);
    }

    /** Closes the producer made for it; the shared one is the application's to close. */
    @Override
    public void destroy() {
        kafka.destroy();
    }
}
