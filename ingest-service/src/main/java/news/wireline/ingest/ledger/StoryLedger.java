package news.wireline.ingest.ledger;

import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest version and content of every story ingested so far, rebuilt by each instance from
 * the ingested topic, so any instance recognises a re-send and numbers a changed story's next version.
 */
public class StoryLedger {

    private final Map<StoryId, Entry> latest = new ConcurrentHashMap<>();

    /**
     * Claims the next version for this content, or answers that the content is already the
     * current version. A claim must be {@link #release released} if the story is not emitted after all.
     */
    public Claim claim(StoryId id, String contentHash) {
        Entry[] previous = new Entry[1];
        Entry current = latest.compute(id, (key, existing) -> {
            previous[0] = existing;
            if (existing != null && existing.contentHash().equals(contentHash)) {
                return existing;
            }
            return new Entry(existing == null ? 1 : existing.version() + 1, contentHash);
        });
        boolean duplicate = previous[0] == current;
        return new Claim(id, current, previous[0], duplicate);
    }

    public void release(Claim claim) {
        latest.computeIfPresent(claim.id(), (key, existing) -> existing == claim.entry() ? claim.previous() : existing);
    }

    /** Takes in a story some instance ingested; the higher version wins, whichever arrives first. */
    public void record(StoryIngested event) {
        Entry seen = new Entry(event.version(), event.contentHash());
        latest.merge(event.id(), seen, (mine, theirs) -> theirs.version() > mine.version() ? theirs : mine);
    }

    public record Entry(int version, String contentHash) {
    }

    /** The outcome of {@link #claim}: the version to emit, or the version that already holds this content. */
    public record Claim(StoryId id, Entry entry, Entry previous, boolean duplicate) {
        public int version() {
            return entry.version();
        }
    }
}
