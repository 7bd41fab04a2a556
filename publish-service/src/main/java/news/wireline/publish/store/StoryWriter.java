package news.wireline.publish.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.publish.outbox.Outbox;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The feed store's only writer. Writes are idempotent and ordered by version: replaying a version,
 * or delivering an older one late, never changes what readers see. Every change readers can see
 * is announced through the outbox in the same transaction as the change itself.
 */
@Service
public class StoryWriter {

    private final StoryRows rows;
    private final Outbox outbox;
    private final Announcements announcements;
    private final TransactionOperations transactions;
    private final DatabaseClock databaseClock;

    StoryWriter(
            StoryRows rows,
            Outbox outbox,
            Announcements announcements,
            TransactionOperations transactions,
            DatabaseClock databaseClock) {
        this.rows = rows;
        this.outbox = outbox;
        this.announcements = announcements;
        this.transactions = transactions;
        this.databaseClock = databaseClock;
    }

    /** Stores one version; {@code traceId} travels on to the event that announces it, now or at its release. */
    public StoreOutcome store(StoryEnriched story, String traceId, Instant now) {
        return transactions.execute(status -> {
            rows.lock(story.id());
            rows.keepVersion(story, now);
            Optional<StoryRows.Current> current = rows.current(story.id());
            if (current.isPresent() && current.get().version() > story.version()) {
                return StoreOutcome.STALE;
            }
            if (current.isPresent() && current.get().version() == story.version()) {
                return reenriched(story, current.get(), traceId, now);
            }
            Visibility before = current.map(StoryRows.Current::visibility).orElse(null);
            Visibility after = Visibility.of(story.release(), before, dueCheckTime(story, before, now));
            Instant publishedAt = after == Visibility.LIVE && before != Visibility.LIVE
                    ? now
                    : current.map(StoryRows.Current::publishedAt).orElse(now);
            StoreOutcome outcome = StoreOutcome.of(before, after);
            StoryEnriched seen = outcome == StoreOutcome.WITHDRAWN ? rows.document(story.id()) : null;
            rows.upsert(story, after, publishedAt, traceId, now);
            rows.replaceTags(story.id(), story.tags(), publishedAt);
            rows.replaceRelated(story.id(), story.related());
            outcome.announced()
                    .ifPresent(change ->
                            outbox.append(announcements.of(story, change, seen, now), story.desk(), traceId, now));
            return outcome;
        });
    }

    /**
     * The current version again: a redelivery changes nothing, but a re-enrichment (after a tagger
     * change, see docs/operations.md) replaces the tags and links, announced as an update while readers see the story.
     */
    private StoreOutcome reenriched(StoryEnriched story, StoryRows.Current current, String traceId, Instant now) {
        StoryEnriched stored = rows.document(story.id());
        if (stored.tags().equals(story.tags()) && stored.related().equals(story.related())) {
            return StoreOutcome.ALREADY_CURRENT;
        }
        rows.upsert(story, current.visibility(), current.publishedAt(), traceId, now);
        rows.replaceVersion(story);
        rows.replaceTags(story.id(), story.tags(), current.publishedAt());
        rows.replaceRelated(story.id(), story.related());
        if (current.visibility() == Visibility.LIVE) {
            outbox.append(announcements.of(story, ChangeType.UPDATED, null, now), story.desk(), traceId, now);
        }
        return StoreOutcome.REENRICHED;
    }

    /**
     * Releases up to {@code limit} stories whose embargo has passed by the database's clock, and
     * announces each as published at that time. Safe to run on every instance at once: each due
     * story is released by exactly one of them, and none early for an instance whose clock runs fast.
     */
    public int releaseDue(int limit) {
        return transactions.execute(status -> {
            Instant now = databaseClock.now();
            List<StoryId> due = rows.lockDue(now, limit);
            for (StoryId id : due) {
                StoryRows.Released released = rows.release(id, now);
                outbox.append(
                        announcements.of(released.story(), ChangeType.PUBLISHED, null, now),
                        released.story().desk(),
                        released.traceId(),
                        now);
            }
            return due.size();
        });
    }

    /**
     * The time a version's embargo is judged by when it is stored. It goes out at once only when
     * both this instance's clock and the database's say the embargo has passed: an instance running
     * fast cannot publish early, and one running slow only leaves the story to the release job,
     * which goes by the database's clock alone, at its next poll. Only an embargo that could still
     * hold a story back costs the extra read; the instance's {@code now} still stamps the version.
     */
    private Instant dueCheckTime(StoryEnriched story, @Nullable Visibility before, Instant now) {
        if (story.release().embargoedUntil() == null || story.release().isWithdrawn() || before == Visibility.LIVE) {
            return now;
        }
        Instant databaseNow = databaseClock.now();
        return now.isBefore(databaseNow) ? now : databaseNow;
    }
}
