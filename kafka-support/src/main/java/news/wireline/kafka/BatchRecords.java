package news.wireline.kafka;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * Handles the records of a batch listener's poll one by one, inside the poll's Kafka transaction,
 * with the policy the shared error handler gives record listeners. The container cannot apply that
 * policy to a batch in a transaction without losing or repeating stories (see {@link RollBackBatch}),
 * so it is applied here, record by record:
 * <ul>
 * <li>a record {@link Failures} calls a record fault (unreadable, rejected, an event too large to
 *     write, refused by a {@link RecordFault}) is dead-lettered at once; one whose processing fails
 *     otherwise is tried again, {@code retries} times, then dead-lettered. The dead letter is
 *     written by the shared recoverer, with the same reason headers, in the poll's transaction,
 *     and the poll goes on. An emit refused before anything was sent (a record fault) is
 *     dead-lettered the same way;</li>
 * <li>a failure {@link Failures} calls an outage, or any other failure to emit, propagates: the
 *     transaction rolls back, and the poll is delivered again after a pause, until it succeeds.
 *     {@link StuckRecords} is told, so a record that keeps the poll from committing raises the alarm.</li>
 * </ul>
 * Each record gets what the container gives each record of a record listener, and not of a
 * batch: a listener observation whose scope spans its handling, so the events it emits continue
 * the record's trace (tagged with the consumer group as listener id), and the story log context
 * and stage timing of the record interceptor.
 */
public class BatchRecords {

    private static final Logger log = LoggerFactory.getLogger(BatchRecords.class);

    private final ObservationRegistry observations;
    private final ConsumerAwareRecordRecoverer deadLetters;
    private final RecordInterceptor<Object, Object> eachRecord;
    private final Failures failures;
    private final StuckRecords stuck;
    private final WirelineKafkaSettings settings;

    BatchRecords(
            ObservationRegistry observations,
            ConsumerAwareRecordRecoverer deadLetters,
            RecordInterceptor<Object, Object> eachRecord,
            Failures failures,
            StuckRecords stuck,
            WirelineKafkaSettings settings) {
        this.observations = observations;
        this.deadLetters = deadLetters;
        this.eachRecord = eachRecord;
        this.failures = failures;
        this.stuck = stuck;
        this.settings = settings;
    }

    /**
     * Processes each record, then emits what it made; records are handled in order, so each one's
     * emit happens before the next is processed.
     *
     * @param process a failure here marks the record bad, after the retries
     * @param emit    a failure here rolls the whole poll back
     */
    public <K, V, R> void handleEach(
            List<ConsumerRecord<K, V>> records,
            Consumer<?, ?> consumer,
            Function<ConsumerRecord<K, V>, R> process,
            BiConsumer<ConsumerRecord<K, V>, R> emit)
            throws InterruptedException {
        String group = consumer.groupMetadata().groupId();
        for (ConsumerRecord<K, V> record : records) {
            Observation observation = KafkaListenerObservation.LISTENER_OBSERVATION
                    .observation(
                            null,
                            DefaultKafkaListenerObservationConvention.INSTANCE,
                            () -> new KafkaRecordReceiverContext(record, group, null, group, () -> null),
                            observations)
                    .start();
            try (Observation.Scope scope = observation.openScope()) {
                handleIntercepted(record, consumer, process, emit);
            } catch (RuntimeException | InterruptedException rollBack) {
                observation.error(rollBack);
                throw rollBack;
            } finally {
                observation.stop();
            }
        }
    }

    private <K, V, R> void handleIntercepted(
            ConsumerRecord<K, V> record,
            Consumer<?, ?> consumer,
            Function<ConsumerRecord<K, V>, R> process,
            BiConsumer<ConsumerRecord<K, V>, R> emit)
            throws InterruptedException {
        ConsumerRecord<Object, Object> intercepted = Objects.requireNonNull(
                eachRecord.intercept(anyRecord(record), anyConsumer(consumer)),
                "the wireline record interceptors hand every record on, never drop one");
        try {
            Exception failure = handle(record, consumer, process, emit);
            if (failure == null) {
                eachRecord.success(intercepted, anyConsumer(consumer));
            } else {
                eachRecord.failure(intercepted, failure, anyConsumer(consumer));
            }
        } catch (RuntimeException | InterruptedException rollBack) {
            eachRecord.failure(intercepted, rollBack, anyConsumer(consumer));
            throw rollBack;
        } finally {
            eachRecord.afterRecord(intercepted, anyConsumer(consumer));
        }
    }

    /** @return null when the record was emitted, else the failure it was dead-lettered for */
    private <K, V, R> @Nullable Exception handle(
            ConsumerRecord<K, V> record,
            Consumer<?, ?> consumer,
            Function<ConsumerRecord<K, V>, R> process,
            BiConsumer<ConsumerRecord<K, V>, R> emit)
            throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            R result;
            try {
                result = process.apply(record);
            } catch (RuntimeException failure) {
                stuck.failed(record, failure);
                Failures.Kind kind = failures.classify(failure);
                if (kind == Failures.Kind.OUTAGE) {
                    throw failure;
                }
                if (kind == Failures.Kind.TRANSIENT && attempt < settings.retries()) {
                    Thread.sleep(settings.retryDelay().toMillis());
                    continue;
                }
                return deadLetter(record, consumer, failure);
            }
            try {
                emit.accept(record, result);
            } catch (RuntimeException failure) {
                stuck.failed(record, failure);
                if (failures.classify(failure) == Failures.Kind.RECORD_FAULT) {
                    return deadLetter(record, consumer, failure);
                }
                throw failure;
            }
            return null;
        }
    }

    private Exception deadLetter(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, RuntimeException failure) {
        log.warn(
                "dead-lettering story {} from {}-{}@{}: {}",
                record.key(),
                record.topic(),
                record.partition(),
                record.offset(),
                DeadLetters.describe(failure));
        deadLetters.accept(record, consumer, failure);
        stuck.cleared(record);
        return failure;
    }

    /** The record interceptor is typed for the container's records; it reads only topic, key and headers. */
    @SuppressWarnings("unchecked")
    private static ConsumerRecord<Object, Object> anyRecord(ConsumerRecord<?, ?> record) {
        return (ConsumerRecord<Object, Object>) record;
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Object, Object> anyConsumer(Consumer<?, ?> consumer) {
        return (Consumer<Object, Object>) consumer;
    }
}
