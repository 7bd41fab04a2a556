package news.wireline.enrich.corpus;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import news.wireline.events.StoryId;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;

/**
 * Where a story's timeline is found: every version is a document in the index (a withdrawal
 * too), so a timeline is read back from there by the story's id, and the heap holds only the
 * timelines written since the searcher last showed them. That keeps the heap the same size
 * whether the corpus holds a hundred thousand stories or a million. The corpus reads and writes
 * timelines under its lock; {@link #writes} and {@link #refreshed} may be called without it.
 */
final class Timelines {

    private final SearcherManager searchers;
    private final int unrefreshedLimit;
    /** Timelines written since the searcher showed them, least recently written first. */
    private final LinkedHashMap<StoryId, Written> unrefreshed = new LinkedHashMap<>();

    private volatile long writes;
    private final AtomicLong refreshedThrough = new AtomicLong();

    private record Written(StoryTimeline timeline, long write) {}

    /** Past {@code unrefreshedLimit} timelines held, the searcher is refreshed so they can be let go. */
    Timelines(SearcherManager searchers, int unrefreshedLimit) {
        this.searchers = searchers;
        this.unrefreshedLimit = unrefreshedLimit;
    }

    StoryTimeline of(StoryId id) throws IOException {
        Written written = unrefreshed.get(id);
        return written != null ? written.timeline() : read(id);
    }

    /** Records that a timeline was changed and its change written to the index. */
    void written(StoryTimeline timeline) throws IOException {
        unrefreshed.remove(timeline.id());
        long write = writes + 1;
        unrefreshed.put(timeline.id(), new Written(timeline, write));
        writes = write;
        if (unrefreshed.size() > unrefreshedLimit) {
            searchers.maybeRefreshBlocking();
            refreshed(write);
        }
        letGoOfRefreshed();
    }

    /** Forgets every timeline held, for a corpus emptied: none can be read back from the index any more. */
    void clear() {
        unrefreshed.clear();
    }

    /** How many writes have been made: a searcher refreshed after reading this shows them all. */
    long writes() {
        return writes;
    }

    /** A searcher now shows the writes up to {@code through}: their timelines can be read back from it. */
    void refreshed(long through) {
        refreshedThrough.accumulateAndGet(through, Math::max);
    }

    private void letGoOfRefreshed() {
        long through = refreshedThrough.get();
        Iterator<Map.Entry<StoryId, Written>> oldest = unrefreshed.entrySet().iterator();
        while (oldest.hasNext() && oldest.next().getValue().write() <= through) {
            oldest.remove();
        }
    }

    private StoryTimeline read(StoryId id) throws IOException {
        StoryTimeline timeline = new StoryTimeline(id);
        IndexSearcher searcher = searchers.acquire();
        try {
            searcher.search(new TermQuery(new Term(CorpusDocuments.ID, id.value())), new VersionsOf(timeline));
        } finally {
            searchers.release(searcher);
        }
        return timeline;
    }

    /** Inserts every version a search finds into a timeline, from its doc values. */
    private static final class VersionsOf extends SimpleCollector {

        private final StoryTimeline timeline;
        private NumericDocValues from = DocValues.emptyNumeric();
        private NumericDocValues until = DocValues.emptyNumeric();
        private NumericDocValues version = DocValues.emptyNumeric();

        VersionsOf(StoryTimeline timeline) {
            this.timeline = timeline;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            from = DocValues.getNumeric(leaf.reader(), CorpusDocuments.FROM);
            until = DocValues.getNumeric(leaf.reader(), CorpusDocuments.UNTIL);
            version = DocValues.getNumeric(leaf.reader(), CorpusDocuments.VERSION);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (from.advanceExact(doc) && until.advanceExact(doc) && version.advanceExact(doc)) {
                timeline.insert(
                        from.longValue(), (int) version.longValue(), until.longValue() == CorpusDocuments.WITHDRAWN);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
