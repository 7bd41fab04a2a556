package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.enrich.terms.Term;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Every enriched story version this instance has seen, rebuilt from the enriched topic at
 * start-up. Each version stays in the index with the time it was ingested and the time the
 * story's next version was, so {@link #asOf} can show the corpus exactly as it stood when any story
 * was ingested: which versions were current, which stories withdrawn. What a story is related to,
 * and how rare its words are, then depends on the log alone and not on which instance enriched it
 * or how far that instance had read: two instances agree.
 * <p>
 * The index lives in a memory-mapped directory of its own under the temporary directory, deleted
 * on close: its size grows with the corpus, so it is kept in the page cache rather than on the
 * heap, and it need not outlive the instance, which rebuilds it from the compacted topic anyway.
 * So are the near-duplicate bands, as index terms, and each story's timeline: its versions and
 * withdrawals are documents found by its id ({@link Timelines}). The heap holds the timelines
 * written since the last refresh and the few megabytes of newest segments not yet merged to the
 * directory, however many stories the corpus holds.
 */
public final class StoryCorpus implements AutoCloseable {

    private final Path directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Timelines the heap may hold before the index is refreshed to show them: ~250 bytes each. */
    private static final int UNREFRESHED_TIMELINES = 10_000;

    private final Timelines timelines;
    private final SegmentCounts segmentCounts = new SegmentCounts();
    private final ForwardIndex forwardIndex = new ForwardIndex();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public StoryCorpus() {
        this(UNREFRESHED_TIMELINES);
    }

    StoryCorpus(int unrefreshedTimelines) {
        try {
            directory = CorpusDirectory.create();
            // the small segments every refresh flushes stay in memory until merged, as Lucene advises for
            // near-real-time search
            // and a refresh does not wait for them to be merged: Lucene's default waits up to 500 ms, once a story here
            writer = new IndexWriter(
                    new NRTCachingDirectory(new MMapDirectory(directory), 4, 32),
                    new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxFullFlushMergeWaitMillis(0));
            searchers = new SearcherManager(writer, null);
            timelines = new Timelines(searchers, unrefreshedTimelines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the corpus index in the temporary directory", e);
        }
    }

    /** Adds a story version; seeing a version again changes nothing, so replays and own writes are both safe. */
    public void add(StoryEnriched story) {
        lock.writeLock().lock();
        try {
            StoryTimeline timeline = timelines.of(story.id());
            if (timeline.contains(story.version())) {
                return;
            }
            long from = CorpusDocuments.nanos(CorpusDocuments.ingested(story));
            boolean withdrawn = story.release() != null && story.release().isWithdrawn();
            List<Term> terms = withdrawn ? List.of() : StoryTerms.of(story.story());
            int[] signature = withdrawn ? null : MinHash.signature(CorpusDocuments.bodyWords(terms));
            int at = timeline.insert(from, story.version(), withdrawn);
            if (withdrawn) {
                writer.addDocument(CorpusDocuments.withdrawal(story));
            } else {
                long until = at + 1 < timeline.size() ? timeline.from(at + 1) : Long.MAX_VALUE;
                writer.addDocument(CorpusDocuments.document(story, terms, until, signature));
            }
            if (at > 0 && !timeline.withdrawn(at - 1)) {
                writer.updateNumericDocValue(
                        new org.apache.lucene.index.Term(
                                CorpusDocuments.KEY, CorpusDocuments.key(story.id(), timeline.version(at - 1))),
                        CorpusDocuments.UNTIL,
                        from);
            }
            timelines.written(timeline);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus index", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean contains(StoryId id, int version) {
        lock.readLock().lock();
        try {
            return timelines.of(id).contains(version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus index", e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The corpus as it stood when a story ingested at {@code ingested} arrived: the versions ingested strictly before. Close it. */
    public CorpusView asOf(Instant ingested) {
        try {
            // Refreshed here rather than on every add: a replica catching up adds thousands of stories first.
            // Unconditionally: a thread finding another mid-refresh must wait for it, not take the older searcher.
            long written = timelines.writes();
            searchers.maybeRefreshBlocking();
            timelines.refreshed(written);
            return new CorpusView(this, searchers.acquire(), CorpusDocuments.nanos(ingested));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SegmentCounts segmentCounts() {
        return segmentCounts;
    }

    ForwardIndex forwardIndex() {
        return forwardIndex;
    }

    SearcherManager searchers() {
        return searchers;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            IOUtils.rm(directory);
        }
    }
}
