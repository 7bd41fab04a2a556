package news.wireline.ingest.ledger;

import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest version and content of every story ingested so far, rebuilt by each instance from
 * the ingested topic, so any instance recognises a re-send, numbers a changed story's next
 * version and refuses a version that would undo a newer one.
 */
public class StoryLedger {

    private final Map<StoryId, Entry> latest = new ConcurrentHashMap<>();

    /**
     * Claims a version for this content: the desk's own number when it gives one, else the next
     * one. A claim must be {@link #release released} if the story is not emitted after all.
     */
    public Claim claim(StoryId id, String contentHash, Integer requestedVersion) {
        Claim[] claim = new Claim[1];
        latest.compute(id, (key, existing) -> {
            claim[0] = decide(id, existing, contentHash, requestedVersion);
            return claim[0].outcome() == Outcome.NEW ? claim[0].entry() : existing;
        });
        return claim[0];
    }

    public void release(Claim claim) {
        latest.computeIfPresent(claim.id(), (key, existing) -> existing == claim.entry() ? claim.previous() : existing);
    }

    /** Takes in a story some instance ingested; the higher version wins, whichever arrives first. */
    public void record(StoryIngested event) {
        Entry seen = new Entry(event.version(), event.contentHash());
        latest.merge(event.id(), seen, (mine, theirs) -> theirs.version() > mine.version() ? theirs : mine);
    }

    private static Claim decide(StoryId id, Entry existing, String contentHash, Integer requested) {
        if (existing == null) {
            return new Claim(id, Outcome.NEW, new Entry(requested != null ? requested : 1, contentHash), null);
        }
        boolean sameContent = existing.contentHash().equals(contentHash);
        if (requested == null) {
            return sameContent ? new Claim(id, Outcome.DUPLICATE, existing, existing)
                    : new Claim(id, Outcome.NEW, new Entry(existing.version() + 1, contentHash), existing);
        }
        if (requested == existing.version() && sameContent) {
            return new Claim(id, Outcome.DUPLICATE, existing, existing);
        }
        if (requested <= existing.version()) {
            return new Claim(id, Outcome.STALE, existing, existing);
        }
        return new Claim(id, Outcome.NEW, new Entry(requested, contentHash), existing);
    }

    public record Entry(int version, String contentHash) {
    }

    public enum Outcome {
        /** Emit this version. */
        NEW,
        /** This exact content is already the current version. */
        DUPLICATE,
        /** The requested version is not above the current one. */
        STALE
    }

    /** The outcome of {@link #claim}: for NEW the version to emit, otherwise the current version. */
    public record Claim(StoryId id, Outcome outcome, Entry entry, Entry previous) {
        public int version() {
            return entry.version();
        }
    }
}
