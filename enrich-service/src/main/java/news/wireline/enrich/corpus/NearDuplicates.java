package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import news.wireline.events.StoryId;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The near-duplicate check of one view. Candidates are the current versions sharing a band with
 * the signature (every current version at a threshold where bands could miss one), taken earliest
 * ingested first, ties to the smaller id; the first at least as like the signature as the
 * threshold is the original. Signatures are read from stored fields in that order, so a text
 * copied many times costs one read, not one per copy.
 */
final class NearDuplicates {

    private record Candidate(long from, String id, int doc) {}

    private NearDuplicates() {}

    /** {@code query} already holds the view's restrictions: current versions, not the story's own. */
    static Optional<CorpusMatch> earliest(
            IndexSearcher searcher, BooleanQuery.Builder query, int[] signature, double threshold) {
        if (NearDuplicateBands.findsAllAt(threshold)) {
            BooleanQuery.Builder bands = new BooleanQuery.Builder();
            NearDuplicateBands.keys(signature)
                    .forEach(key -> bands.add(new TermQuery(new Term(CorpusDocuments.BAND, key)), Occur.SHOULD));
            query.add(bands.build(), Occur.FILTER);
        }
        try {
            List<Candidate> candidates = candidates(searcher, query.build());
            candidates.sort(Comparator.comparingLong(Candidate::from).thenComparing(Candidate::id));
            StoredFields stored = searcher.storedFields();
            for (Candidate candidate : candidates) {
                Document document = stored.document(candidate.doc());
                if (MinHash.similarity(
                                signature,
                                CorpusDocuments.signature(document.getBinaryValue(CorpusDocuments.SIGNATURE)))
                        >= threshold) {
                    return Optional.of(new CorpusMatch(
                            StoryId.of(candidate.id()),
                            document.get(CorpusDocuments.HEADLINE),
                            StoryWords.counted(List.of()),
                            List.of(document.getValues(CorpusDocuments.ENTITY)),
                            1.0));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Candidate> candidates(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<Candidate> candidates = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues from = DocValues.getNumeric(leaf.reader(), CorpusDocuments.FROM);
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), CorpusDocuments.ID);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && from.advanceExact(doc) && ids.advanceExact(doc)) {
                    candidates.add(new Candidate(
                            from.longValue(), ids.lookupOrd(ids.ordValue()).utf8ToString(), leaf.docBase + doc));
                }
            }
        }
        return candidates;
    }
}
