package news.wireline.ingest.ledger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.wireline.events.EarlierVersion;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;

/**
 * Every story ingested so far: which desk owns it, its current version, whether it is killed, and
 * a fingerprint of each version's content. Rebuilt by each instance from the ingested topic, so
 * any instance refuses another desk's copy, recognises a re-send of any earlier version, keeps a
 * kill from being undone by old copy, and numbers a changed story's next version.
 */
public class StoryLedger {

    private final Map<StoryId, StoryEntry> stories = new ConcurrentHashMap<>();
    /** One string per desk, however many stories it owns. */
    private final Map<String, String> desks = new ConcurrentHashMap<>();

    /**
     * Decides what this copy is to the story; for {@link Outcome#NEW} the version is claimed, and
     * must be {@link #release released} if the story is not emitted after all.
     */
    public Claim claim(StoryId id, Copy copy) {
        Claim[] claim = new Claim[1];
        stories.compute(id, (key, existing) -> {
            claim[0] = decide(id, existing, copy);
            return claim[0].entry;
        });
        return claim[0];
    }

    public void release(Claim claim) {
        if (claim.outcome() == Outcome.NEW) {
            stories.computeIfPresent(
                    claim.id(), (key, existing) -> existing == claim.entry ? claim.previous : existing);
        }
    }

    /**
     * Takes in a story some instance ingested, in any order: the first desk seen owns it (the topic
     * holds a story's versions in order, and after compaction only its latest, which only its owner
     * can have sent), and the higher version is current. The event's earlier versions are taken
     * in too, so a ledger rebuilt from the compacted topic still knows their copy.
     */
    public void record(StoryIngested event) {
        long fingerprint = Fingerprint.of(event.contentHash());
        boolean kill = event.release().isWithdrawn();
        stories.compute(event.id(), (key, existing) -> {
            StoryEntry entry = existing == null
                    ? StoryEntry.first(desk(event.desk()), event.version(), fingerprint, kill)
                    : existing.with(event.version(), fingerprint, kill);
            // Whether an earlier version was a kill no longer matters: only the current one's does.
            for (EarlierVersion earlier : event.earlierVersions()) {
                entry = entry.with(earlier.version(), Fingerprint.of(earlier.fingerprint()), false);
            }
            return entry;
        });
    }

    private Claim decide(StoryId id, StoryEntry existing, Copy copy) {
        long fingerprint = Fingerprint.of(copy.contentHash());
        Integer requested = copy.version();
        if (existing == null) {
            int version = requested != null ? requested : 1;
            return new Claim(
                    id,
                    Outcome.NEW,
                    version,
                    copy.desk(),
                    StoryEntry.first(desk(copy.desk()), version, fingerprint, copy.kill()),
                    null);
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
        return new Claim(
                id, Outcome.NEW, version, existing.owner(), existing.with(version, fingerprint, kill), existing);
    }

    private static Claim unchanged(StoryId id, Outcome outcome, int version, StoryEntry existing) {
        return new Claim(id, outcome, version, existing.owner(), existing, existing);
    }

    private String desk(String desk) {
        return desks.computeIfAbsent(desk, name -> name);
    }

    /**
     * One piece of copy as the ledger judges it.
     *
     * @param desk        the desk that sent it
     * @param contentHash SHA-256 of what was parsed, in hex
     * @param version     the desk's own version number, or null when it gave none
     * @param kill        whether the copy withdraws the story
     */
    public record Copy(String desk, String contentHash, Integer version, boolean kill) {}

    public enum Outcome {
        /** Emit this version. */
        NEW,
        /** This exact content is already one of the story's versions, the one named. */
        DUPLICATE,
        /** The requested version is not above the current one. */
        STALE,
        /** Another desk owns the story. */
        NOT_OWNER,
        /** The story is killed, and copy without a version above the kill may not bring it back. */
        KILLED
    }

    /**
     * The outcome of {@link #claim}. {@code version} is the version to emit for NEW, the version it
     * repeats for DUPLICATE, the kill's for KILLED, otherwise the current one; {@code owner} is
     * the desk that owns the story.
     */
    public static final class Claim {

        private final StoryId id;
        private final Outcome outcome;
        private final int version;
        private final String owner;
        final StoryEntry entry;
        final StoryEntry previous;

        Claim(StoryId id, Outcome outcome, int version, String owner, StoryEntry entry, StoryEntry previous) {
            this.id = id;
            this.outcome = outcome;
            this.version = version;
            this.owner = owner;
            this.entry = entry;
            this.previous = previous;
        }

        public StoryId id() {
            return id;
        }

        public Outcome outcome() {
            return outcome;
        }

        public int version() {
            return version;
        }

        public String owner() {
            return owner;
        }

        /**
         * The story's versions other than this one, for the event to carry; the latest
         * {@link StoryIngested#MAX_EARLIER_VERSIONS}, so older copy than those, sent again after
         * compaction and a restart, would be taken for a new version.
         */
        public List<EarlierVersion> earlierVersions() {
            return entry.versionsOtherThan(version, StoryIngested.MAX_EARLIER_VERSIONS);
        }
    }
}
