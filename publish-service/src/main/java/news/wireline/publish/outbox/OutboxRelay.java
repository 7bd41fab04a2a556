package news.wireline.publish.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import news.wireline.publish.outbox.OutboxRows.Pending;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Copies outbox events to the topics in the order they were written, a batch per Kafka
 * transaction ({@link BatchSender}), then marks them sent. A crash between the commit and the mark
 * leaves the events unmarked; the next round finds them on the topic past the recorded progress
 * ({@link Reconciliation}) and marks them instead of sending them again, so each event is on the
 * topic once, and never lost. A crash before the commit leaves nothing a read-committed consumer
 * sees, and the next round sends the batch again.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRows rows;
    private final Reconciliation reconciliation;
    private final BatchSender sender;
    private final TransactionOperations transactions;
    private final RelaySettings settings;
    private final Clock clock;

    OutboxRelay(
            OutboxRows rows,
            Reconciliation reconciliation,
            BatchSender sender,
            TransactionOperations transactions,
            RelaySettings settings,
            Clock clock) {
        this.rows = rows;
        this.reconciliation = reconciliation;
        this.sender = sender;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends what is pending, oldest first, all or nothing; returns how many events it accounted for.
     * Events an earlier round sent but never marked (it crashed, or lost its database, in between)
     * are found on the topic and marked, not sent again.
     */
    int relayPending() {
        return transactions.execute(status -> {
            if (!rows.tryLock()) {
                return 0;
            }
            List<Pending> pending = rows.pending(settings.batchSize());
            if (pending.isEmpty()) {
                return 0;
            }
            String origin = rows.origin();
            Map<Integer, Long> progress = rows.progress();
            int found = reconciliation.markFound(pending, origin, progress);
            if (found > 0) {
                pending = rows.pending(settings.batchSize());
            }
            int sent = pending.isEmpty() ? 0 : send(pending, origin, progress);
            rows.saveProgress(progress);
            return found + sent;
        });
    }

    private int send(List<Pending> batch, String origin, Map<Integer, Long> progress) {
        List<RecordMetadata> placed;
        try {
            placed = sender.send(batch, origin);
        } catch (EventNotSentException e) {
            log.warn(
                    "{} outbox events from entry {} (story {}) not sent, will retry: {}",
                    batch.size(),
                    batch.get(0).seq(),
                    batch.get(0).event().id(),
                    e.getMessage());
            return 0;
        }
        for (int i = 0; i < batch.size(); i++) {
            rows.markSent(batch.get(i).seq(), clock.instant());
            progress.merge(placed.get(i).partition(), placed.get(i).offset() + 1, Math::max);
        }
        return batch.size();
    }

    /** Forgets sent events older than the retention; returns how many. */
    int prune() {
        return rows.deleteSentBefore(clock.instant().minus(settings.retention()));
    }
}
