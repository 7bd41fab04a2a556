package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.wireline.events.StoryId;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The corpus as it stood at one instant: only the versions current then count, for document
 * frequencies and for search alike. Holds an index searcher, so close it after use.
 */
public final class CorpusView implements AutoCloseable {

    private final StoryCorpus corpus;
    private final IndexSearcher acquired;
    private final long before;
    private final Query current;
    // by text rather than by Lucene term: a story asks for thousands of counts, most of them asked before
    private final Map<String, Integer> wordFrequencies = new HashMap<>();
    private final Map<String, Integer> entityFrequencies = new HashMap<>();
    private final CurrentStoryCounts stories;
    private int documents = -1;

    CorpusView(StoryCorpus corpus, IndexSearcher acquired, long before) {
        this.corpus = corpus;
        this.acquired = acquired;
        this.before = before;
        this.current = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(CorpusDocuments.FROM, Long.MIN_VALUE, before - 1), Occur.FILTER)
                .add(
                        NumericDocValuesField.newSlowRangeQuery(CorpusDocuments.UNTIL, before, Long.MAX_VALUE),
                        Occur.FILTER)
                .build();
        this.stories = new CurrentStoryCounts(acquired.getIndexReader(), current, before, corpus.segmentCounts());
    }

    /** How many stories were current. */
    public int documents() {
        if (documents < 0) {
            documents = stories.size();
        }
        return documents;
    }

    /** In how many current stories a content word occurs. */
    public int documentFrequency(String term) {
        return wordFrequencies.computeIfAbsent(term, word -> stories.count(CorpusDocuments.TEXT, word));
    }

    /** In how many current stories an entity ("PLACE:Kursk Oblast") is tagged. */
    public int entityFrequency(String entity) {
        return entityFrequencies.computeIfAbsent(entity, key -> stories.count(CorpusDocuments.ENTITY, key));
    }

    /** Smoothed inverse document frequency: a word no current story uses weighs most, one all use least. */
    public double idf(int documentFrequency) {
        return Math.log((documents() + 1.0) / (documentFrequency + 1.0)) + 1;
    }

    /** The current stories most like these words and entities, by BM25 over this view, never {@code exclude}. */
    public List<CorpusMatch> moreLike(StoryId exclude, List<String> terms, List<String> entities, int limit) {
        return new CorpusSearch(this, acquired.getIndexReader(), corpus.forwardIndex())
                .moreLike(exclude, terms, entities, limit);
    }

    /** The earliest current story, not {@code exclude}, whose text is at least {@code threshold} like this signature. */
    public Optional<CorpusMatch> nearDuplicate(StoryId exclude, int[] signature, double threshold) {
        return NearDuplicates.earliest(
                acquired, currentExcept(new BooleanQuery.Builder(), exclude), signature, threshold);
    }

    /** In how many current stories a word or entity term occurs. */
    int frequency(Term term) {
        return switch (term.field()) {
            case CorpusDocuments.TEXT -> documentFrequency(term.text());
            case CorpusDocuments.ENTITY -> entityFrequency(term.text());
            default -> throw new IllegalArgumentException("no frequencies are kept for field " + term.field());
        };
    }

    /** Adds to {@code query} that a match is a version current in this view, of a story other than {@code exclude}. */
    BooleanQuery.Builder currentExcept(BooleanQuery.Builder query, StoryId exclude) {
        return query.add(current, Occur.FILTER)
                .add(new TermQuery(new Term(CorpusDocuments.ID, exclude.value())), Occur.MUST_NOT);
    }

    IndexReader reader() {
        return acquired.getIndexReader();
    }

    @Override
    public void close() {
        try {
            corpus.searchers().release(acquired);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
