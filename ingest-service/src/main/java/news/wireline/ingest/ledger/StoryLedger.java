package news.wireline.ingest.ledger;

import java.util.List;
import news.wireline.events.EarlierVersion;
import news.wireline.events.IntakeDecision.Outcome;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import org.jspecify.annotations.Nullable;

/**
 * The rules that decide what a piece of copy is to its story, applied over the entries of the
 * stories one decider owns: which desk owns the story, its current version, whether it is killed,
 * and a fingerprint of each version's content. So a decider refuses another desk's copy,
 * recognises a re-send of any earlier version, keeps a kill from being undone by old copy, and
 * numbers a changed story's next version.
 */
final class StoryLedger {

    /** Where the entries live: the decider's state store, or a map in tests. */
    interface Entries {
        StoryEntry get(StoryId id);

        void put(StoryId id, StoryEntry entry);
    }

    private final Entries entries;

    StoryLedger(Entries entries) {
        this.entries = entries;
    }

    /** Decides what this copy is to the story and, for {@link Outcome#NEW}, records the version. */
    Claim claim(StoryId id, Copy copy) {
        StoryEntry existing = entries.get(id);
        Claim claim = decide(id, existing, copy);
        if (claim.entry != existing) {
            entries.put(id, claim.entry);
        }
        return claim;
    }

    private static Claim decide(StoryId id, StoryEntry existing, Copy copy) {
        long fingerprint = Fingerprint.of(copy.contentHash());
        Integer requested = copy.version();
        if (existing == null) {
            int version = requested != null ? requested : 1;
            return new Claim(
                    id,
                    Outcome.NEW,
                    version,
                    copy.desk(),
                    StoryEntry.first(copy.desk(), version, fingerprint, copy.kill()));
        }
        if (!existing.owner().equals(copy.desk())) {
            return unchanged(id, Outcome.NOT_OWNER, existing.current(), existing);
        }
        // A desk that numbers a version above the current one means it, even with copy it sent
        // before: that is how a killed story is reinstated.
        if (requested != null && requested > existing.current()) {
            return next(id, existing, requested, fingerprint, copy.kill());
        }
        int earlier = existing.versionWith(fingerprint);
        if (earlier > 0) {
            return unchanged(id, Outcome.DUPLICATE, earlier, existing);
        }
        if (requested != null) {
            return unchanged(id, Outcome.STALE, existing.current(), existing);
        }
        if (existing.killed()) {
            return unchanged(id, Outcome.KILLED, existing.killVersion(), existing);
        }
        return next(id, existing, existing.current() + 1, fingerprint, copy.kill());
    }

    private static Claim next(StoryId id, StoryEntry existing, int version, long fingerprint, boolean kill) {
        return new Claim(id, Outcome.NEW, version, existing.owner(), existing.with(version, fingerprint, kill));
    }

    private static Claim unchanged(StoryId id, Outcome outcome, int version, StoryEntry existing) {
        return new Claim(id, outcome, version, existing.owner(), existing);
    }

    /**
     * One piece of copy as the ledger judges it.
     *
     * @param desk        the desk that sent it
     * @param contentHash SHA-256 of what was parsed, in hex
     * @param version     the desk's own version number, or null when it gave none
     * @param kill        whether the copy withdraws the story
     */
    record Copy(String desk, String contentHash, @Nullable Integer version, boolean kill) {}

    /**
     * The outcome of {@link #claim}. {@code version} is the version to emit for NEW, the version it
     * repeats for DUPLICATE, the kill's for KILLED, otherwise the current one; {@code owner} is
     * the desk that owns the story.
     */
    record Claim(StoryId id, Outcome outcome, int version, String owner, StoryEntry entry) {

        /**
         * The story's versions other than this one, for the event to carry; the latest
         * {@link StoryIngested#MAX_EARLIER_VERSIONS}.
         */
        List<EarlierVersion> earlierVersions() {
            return entry.versionsOtherThan(version, StoryIngested.MAX_EARLIER_VERSIONS);
        }
    }
}
