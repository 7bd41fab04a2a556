package news.wireline.publish.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.wireline.publish.outbox.OutboxRows.Entry;
import news.wireline.publish.outbox.OutboxRows.Pending;
import news.wireline.publish.outbox.SentEventsReader.SentEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Squares the outbox with the published topic before a relay round sends anything: entries whose
 * events are on the topic already, committed by a relay that died or lost its database before it
 * could mark them, are marked sent instead of being sent again.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    /** How far another instance's clock, which stamped an entry, may be ahead of the broker's record times. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final OutboxRows rows;
    private final SentEventsReader reader;
    private final Clock clock;

    Reconciliation(OutboxRows rows, SentEventsReader reader, Clock clock) {
        this.rows = rows;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Reads the topic past {@code progress}, marks the entries of {@code pending} found there and
     * moves {@code progress} to the ends read; returns how many it marked.
     */
    int markFound(List<Pending> pending, String origin, Map<Integer, Long> progress) {
        Instant oldest =
                pending.stream().map(Pending::createdAt).min(Instant::compareTo).orElseThrow();
        SentEvents alreadySent = reader.read(progress, oldest.minus(CLOCK_SKEW), origin);
        progress.putAll(alreadySent.ends());
        int found = (int) alreadySent.found().stream()
                .filter(this::markSentIfItIsTheEntry)
                .count();
        if (found > 0) {
            log.info(
                    "{} outbox events were on the topic already, sent before a crash; marked sent, not sent again",
                    found);
        }
        return found;
    }

    /**
     * Marks the entry a record on the topic names as sent, if the record is that entry's event: its
     * key and its story, version and change are the entry's. A header alone is not trusted, since
     * any producer can write one; taking a forged one at its word would mark a real event sent
     * that was never sent, and it would never be announced.
     */
    private boolean markSentIfItIsTheEntry(FoundEntry found) {
        Optional<Entry> entry = rows.entry(found.seq());
        if (entry.isEmpty()) {
            log.warn(
                    "record at {} for story {} names outbox entry {}, which this outbox does not have; ignored",
                    found.place(),
                    found.key(),
                    found.seq());
            return false;
        }
        if (!found.carries(
                entry.get().storyId(), entry.get().version(), entry.get().change())) {
            log.warn(
                    "record at {} for story {} ({}) names outbox entry {}, which is story {}@{} {}; ignored, the entry is still sent",
                    found.place(),
                    found.key(),
                    found.claim(),
                    found.seq(),
                    entry.get().storyId(),
                    entry.get().version(),
                    entry.get().change());
            return false;
        }
        if (entry.get().sent()) {
            log.debug(
                    "record at {} for story {} is outbox entry {}, already marked sent",
                    found.place(),
                    found.key(),
                    found.seq());
            return false;
        }
        rows.markSent(found.seq(), clock.instant());
        return true;
    }
}
