package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Every enriched story version this instance has seen, in an in-memory Lucene index, rebuilt from
 * the enriched topic at start-up. Each version stays in the index with the time it was ingested
 * and the time the story's next version was, so {@link #asOf} can show the corpus exactly as it
 * stood when any story was ingested: which versions were current, which stories withdrawn. What a
 * story is related to, and how rare its words are, then depends on the log alone and not on which
 * instance enriched it or how far that instance had read: two instances agree.
 */
public final class StoryCorpus implements AutoCloseable {

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<StoryId, TreeMap<VersionKey, StoryVersion>> versions = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean changed;

    public StoryCorpus() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new WhitespaceAnalyzer()));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to open", e);
        }
    }

    /** Ordered by ingestion, then version: two versions ingested in the same nanosecond still have an order. */
    record VersionKey(long from, int version) implements Comparable<VersionKey> {
        @Override
        public int compareTo(VersionKey other) {
            return from != other.from ? Long.compare(from, other.from) : Integer.compare(version, other.version);
        }
    }

    /** What the corpus keeps in memory about a version, beside the index. */
    record StoryVersion(int version, boolean withdrawn, String headline, List<String> entities, int[] signature) {
    }

    /** A story's version current at some instant, with when it was ingested. */
    record Current(StoryId id, long from, StoryVersion version) {
    }

    /** Adds a story version; seeing a version again changes nothing, so replays and own writes are both safe. */
    public void add(StoryEnriched story) {
        lock.writeLock().lock();
        try {
            TreeMap<VersionKey, StoryVersion> timeline = versions.computeIfAbsent(story.id(), id -> new TreeMap<>());
            if (timeline.values().stream().anyMatch(known -> known.version() == story.version())) {
                return;
            }
            VersionKey key = new VersionKey(CorpusDocuments.nanos(CorpusDocuments.ingested(story)), story.version());
            boolean withdrawn = story.release() != null && story.release().isWithdrawn();
            int[] signature = MinHash.signature(CorpusDocuments.bodyWords(StoryTerms.of(story.story())));
            timeline.put(key, new StoryVersion(story.version(), withdrawn, story.story().headline(),
                    CorpusDocuments.entities(story.tags()), signature));
            VersionKey next = timeline.higherKey(key);
            if (!withdrawn) {
                writer.addDocument(CorpusDocuments.document(story, next == null ? Long.MAX_VALUE : next.from()));
            }
            Map.Entry<VersionKey, StoryVersion> previous = timeline.lowerEntry(key);
            if (previous != null && !previous.getValue().withdrawn()) {
                writer.updateNumericDocValue(new Term(CorpusDocuments.KEY, CorpusDocuments.key(story.id(), previous.getValue().version())),
                        CorpusDocuments.UNTIL, key.from());
            }
            changed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean contains(StoryId id, int version) {
        lock.readLock().lock();
        try {
            TreeMap<VersionKey, StoryVersion> timeline = versions.get(id);
            return timeline != null && timeline.values().stream().anyMatch(known -> known.version() == version);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The corpus as it stood when a story ingested at {@code ingested} arrived: the versions ingested strictly before. Close it. */
    public CorpusView asOf(Instant ingested) {
        try {
            // Refreshed here rather than on every add: a replica catching up adds thousands of stories first.
            if (changed) {
                changed = false;
                searchers.maybeRefreshBlocking();
            }
            return new CorpusView(this, searchers.acquire(), CorpusDocuments.nanos(ingested));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each story's version current at {@code before} (nanoseconds), withdrawn stories left out. */
    List<Current> currentAt(long before) {
        lock.readLock().lock();
        try {
            List<Current> current = new ArrayList<>();
            versions.forEach((id, timeline) -> Optional.ofNullable(timeline.lowerEntry(new VersionKey(before, Integer.MIN_VALUE)))
                    .filter(entry -> !entry.getValue().withdrawn())
                    .ifPresent(entry -> current.add(new Current(id, entry.getKey().from(), entry.getValue()))));
            return current;
        } finally {
            lock.readLock().unlock();
        }
    }

    SearcherManager searchers() {
        return searchers;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
