package news.wireline.kafka;

import java.util.List;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * The one policy for a record whose handling failed, applied alike by the shared error handler
 * (record listeners) and by {@link BatchRecords} (batch listeners):
 * <ul>
 * <li>{@link Kind#RECORD_FAULT}: the record cannot succeed: unreadable, rejected, too large to
 *     write, or refused by a {@link RecordFault} bean. Dead-lettered at once.</li>
 * <li>{@link Kind#OUTAGE}: a dependency is down: the broker (a retriable Kafka error, an event
 *     not acknowledged), or what a {@link DependencyOutage} bean explains. Retried until it is
 *     back; the record is not skipped, and {@link StuckRecords} raises the alarm if it lasts.</li>
 * <li>{@link Kind#TRANSIENT}: anything else, a deadlock or a statement timeout say. Retried
 *     {@code retries} times, then dead-lettered: a failure that outlasts a few tries is taken to be
 *     the record's, and one record must not hold its partition for ever on a guess.</li>
 * </ul>
 * A record fault is checked first: a dependency that refuses a record is not down.
 */
public final class Failures {

    public enum Kind {
        RECORD_FAULT,
        OUTAGE,
        TRANSIENT
    }

    /** The broker not answering, or not in time, is an outage of the stage's own dependency. */
    private static final DependencyOutage BROKER =
            cause -> cause instanceof RetriableException || cause instanceof EventNotSentException;

    private final List<DependencyOutage> outages;
    private final List<RecordFault> faults;

    public Failures(List<DependencyOutage> outages, List<RecordFault> faults) {
        this.outages = outages;
        this.faults = faults;
    }

    public Kind classify(Throwable failure) {
        if (DeadLetters.isPermanent(failure) || faults.stream().anyMatch(fault -> fault.explains(failure))) {
            return Kind.RECORD_FAULT;
        }
        if (BROKER.explains(failure) || DependencyOutage.anyExplains(outages, failure)) {
            return Kind.OUTAGE;
        }
        return Kind.TRANSIENT;
    }
}
