package news.wireline.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Error handling for batch listeners, which run in a Kafka transaction and handle bad records
 * themselves (see {@link BatchRecords}): whatever still fails the batch, a dependency outage or an
 * event that could not be written, rolls the whole transaction back, and the after-rollback
 * processor delivers the poll again after a pause. {@code DefaultErrorHandler} must not see it: it
 * would call the listener again inside the same transaction, writing the events that preceded the
 * failure twice, then dead-letter every record of the poll; and for a failed record it names, it
 * commits the offsets before it outside the transaction that then rolls their events back.
 */
class RollBackBatch implements CommonErrorHandler {

    @Override
    public void handleBatch(
            Exception thrownException,
            ConsumerRecords<?, ?> data,
            Consumer<?, ?> consumer,
            MessageListenerContainer container,
            Runnable invokeListener) {
        throw new KafkaException(
                "rolling back the transaction of a poll of " + data.count() + " records", thrownException);
    }

    @Override
    public void handleOtherException(
            Exception thrownException,
            Consumer<?, ?> consumer,
            MessageListenerContainer container,
            boolean batchListener) {
        throw new IllegalStateException("consumer failed outside the listener", thrownException);
    }
}
