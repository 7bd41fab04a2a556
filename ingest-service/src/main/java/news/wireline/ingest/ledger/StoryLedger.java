package news.wireline.ingest.ledger;

import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.LogReplicas;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest version and content of every story ingested so far, rebuilt by each instance from
 * the ingested topic, so any instance recognises a re-send and numbers a changed story's next version.
 */
@Component
public class StoryLedger {

    private final Map<StoryId, Entry> latest = new ConcurrentHashMap<>();
    private final LogReplica<StoryIngested> replica;

    StoryLedger(LogReplicas replicas) {
        this.replica = replicas.of(Topics.INGESTED, (key, event) -> record(event.id(), new Entry(event.version(), event.contentHash())));
    }

    public LogReplica<StoryIngested> replica() {
        return replica;
    }

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

    private void record(StoryId id, Entry seen) {
        latest.merge(id, seen, (mine, theirs) -> theirs.version() > mine.version() ? theirs : mine);
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
