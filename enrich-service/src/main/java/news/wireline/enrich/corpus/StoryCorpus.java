package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import news.wireline.enrich.terms.AnalysedTerm;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every enriched story version this instance has seen, read from the enriched topic. Each version
 * stays in the index with the time it was ingested and the time the story's next version was, so
 * {@link #asOf} can show the corpus exactly as it stood when any story was ingested: which versions
 * were current, which stories withdrawn. What a story is related to, and how rare its words are,
 * then depends on the log alone and not on which instance enriched it or how far that instance had
 * read: two instances agree.
 * <p>
 * The index lives in a memory-mapped directory: its size grows with the corpus, so it is kept in
 * the page cache rather than on the heap. So are the near-duplicate bands, as index terms, and
 * each story's timeline: its versions and withdrawals are documents found by its id
 * ({@link Timelines}). The heap holds the timelines written since the last refresh and the few
 * megabytes of newest segments not yet merged to the directory, however many stories the corpus
 * holds. Nothing else is kept, so an index opened again is the whole corpus, with nothing to
 * rebuild.
 * <p>
 * {@link #open Opened} on a configured directory, the index is committed every so often and on
 * close, each commit with the next enriched-topic offset of every partition it holds, so a
 * restarted instance reads only what came after ({@link #offsets}). Without one it lives in a
 * temporary directory deleted on close, and is rebuilt from the topic at every start.
 */
public final class StoryCorpus implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoryCorpus.class);
    /** Timelines the heap may hold before the index is refreshed to show them: ~250 bytes each. */
    private static final int UNREFRESHED_TIMELINES = 10_000;

    private final Path directory;
    private final boolean kept;
    private final IndexWriter writer;
    private final CorpusCommits commits;
    private final SearcherManager searchers;
    private final Timelines timelines;
    private final SegmentCounts segmentCounts = new SegmentCounts();
    private final ForwardIndex forwardIndex = new ForwardIndex();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** A corpus in a temporary directory, deleted on close. */
    public StoryCorpus() {
        this(UNREFRESHED_TIMELINES);
    }

    StoryCorpus(int unrefreshedTimelines) {
        this(CorpusIndex.temporary(), unrefreshedTimelines, Duration.ZERO);
    }

    private StoryCorpus(CorpusIndex.Opened index, int unrefreshedTimelines, Duration commitInterval) {
        this.directory = index.directory();
        this.kept = index.kept();
        this.writer = index.writer();
        this.commits = new CorpusCommits(index, commitInterval);
        try {
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the corpus index in " + directory, e);
        }
        timelines = new Timelines(searchers, unrefreshedTimelines);
    }

    /** The corpus the settings say: kept in their directory across restarts, or in a temporary one if they name none. */
    public static StoryCorpus open(CorpusSettings settings) {
        if (settings.directory() == null) {
            return new StoryCorpus();
        }
        try {
            return new StoryCorpus(
                    CorpusIndex.claim(settings.directory()), UNREFRESHED_TIMELINES, settings.commitInterval());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the corpus index under " + settings.directory(), e);
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
            List<AnalysedTerm> terms = withdrawn ? List.of() : StoryTerms.of(story.story());
            int[] signature = withdrawn ? null : CorpusText.signature(terms);
            int at = timeline.insert(from, story.version(), withdrawn);
            if (withdrawn) {
                writer.addDocument(CorpusDocuments.withdrawal(story));
            } else {
                long until = at + 1 < timeline.size() ? timeline.from(at + 1) : Long.MAX_VALUE;
                writer.addDocument(CorpusDocuments.document(
                        story,
                        terms,
                        until,
                        Objects.requireNonNull(signature, "made for every version not withdrawn")));
            }
            if (at > 0 && !timeline.withdrawn(at - 1)) {
                writer.updateNumericDocValue(
                        new Term(CorpusDocuments.KEY, CorpusDocuments.key(story.id(), timeline.version(at - 1))),
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

    /** Adds a story version read from the enriched topic at this partition and offset: the next commit holds both. */
    public void add(StoryEnriched story, int partition, long offset) {
        add(story);
        commits.read(partition, offset);
    }

    /** The next enriched-topic offset of each partition the corpus holds: where a replica filling it resumes. */
    public Map<Integer, Long> offsets() {
        return commits.offsets();
    }

    /**
     * Empties the corpus, its kept index too, when what it holds no longer fits the topic (the topic
     * was recreated): everything is then read again from the topic's start.
     */
    public void startOver(String reason) {
        try {
            commits.startOver(() -> {
                lock.writeLock().lock();
                try {
                    writer.deleteAll();
                    timelines.clear();
                } finally {
                    lock.writeLock().unlock();
                }
            });
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the corpus index in " + directory, e);
        }
        log.warn("corpus index {} emptied to be read again from the enriched topic's start: {}", directory, reason);
    }

    /** Commits a kept index now, with the offsets it holds; an index not kept is never committed. */
    void commit() {
        commits.commit();
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
            commits.close();
        } finally {
            searchers.close();
            writer.close();
            if (!kept) {
                IOUtils.rm(directory);
            }
        }
    }
}
