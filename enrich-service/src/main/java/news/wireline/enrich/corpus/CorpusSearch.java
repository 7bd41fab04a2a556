package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import news.wireline.events.StoryId;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 search over one {@link CorpusView}. Lucene's own statistics count every version in the
 * index, deleted or superseded, and so differ between instances that read the log at different
 * paces; here document frequencies and counts come from the view alone, and length normalisation
 * is off (b = 0) because average length would again depend on what else the index holds. Equal
 * scores are ordered by story id, never by Lucene's internal document numbers.
 */
final class CorpusSearch {

    private static final float K1 = 1.2f;
    private static final float ENTITY_BOOST = 2f;

    private final CorpusView view;
    private final IndexSearcher searcher;
    private final ForwardIndex forward;

    CorpusSearch(CorpusView view, IndexReader reader, ForwardIndex forward) {
        this.view = view;
        this.forward = forward;
        this.searcher = new ViewSearcher(reader);
    }

    List<CorpusMatch> moreLike(StoryId exclude, List<String> terms, List<String> entities, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // Words and names no current story has cannot match; leaving them out keeps every scored term in the view.
        terms.stream()
                .map(term -> new Term(CorpusDocuments.TEXT, term))
                .filter(term -> view.frequency(term) > 0)
                .forEach(term -> query.add(new TermQuery(term), Occur.SHOULD));
        entities.stream()
                .map(entity -> new Term(CorpusDocuments.ENTITY, entity))
                .filter(term -> view.frequency(term) > 0)
                .forEach(term -> query.add(new BoostQuery(new TermQuery(term), ENTITY_BOOST), Occur.SHOULD));
        if (query.build().clauses().isEmpty()) {
            return List.of();
        }
        view.currentExcept(query, exclude).setMinimumNumberShouldMatch(1);
        try {
            List<CorpusMatch> matches = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), new BestThenId(limit))) {
                matches.add(match(hit));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CorpusMatch match(ScoreDoc hit) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), CorpusDocuments.ID);
        NumericDocValues versions = DocValues.getNumeric(leaf.reader(), CorpusDocuments.VERSION);
        int doc = hit.doc - leaf.docBase;
        if (!ids.advanceExact(doc) || !versions.advanceExact(doc)) {
            throw new IllegalStateException("a version in the corpus index has no id or number: " + hit.doc);
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        ForwardIndex.Entry entry = forward.of(
                CorpusDocuments.key(StoryId.of(id), (int) versions.longValue()), searcher.getIndexReader(), hit.doc);
        return new CorpusMatch(StoryId.of(id), entry.headline(), entry.words(), entry.entities(), hit.score);
    }

    /** Scores with the view's statistics instead of the whole index's. */
    private final class ViewSearcher extends IndexSearcher {

        ViewSearcher(IndexReader reader) {
            super(reader);
            setSimilarity(new BM25Similarity(K1, 0f));
        }

        @Override
        public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) {
            int frequency = Math.max(1, view.frequency(term));
            return new TermStatistics(term.bytes(), frequency, frequency);
        }

        @Override
        public CollectionStatistics collectionStatistics(String field) {
            int documents = Math.max(1, view.documents());
            return new CollectionStatistics(
                    field, Math.max(documents, getIndexReader().maxDoc()), documents, documents, documents);
        }
    }
}
