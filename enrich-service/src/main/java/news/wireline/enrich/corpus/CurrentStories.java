package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of one view, found once per segment, so that counting the current stories that
 * use a term costs only a walk of that term's postings: a story asks for hundreds of counts.
 */
final class CurrentStories {

    private final IndexReader reader;
    private final Query current;
    private List<FixedBitSet> bySegment;

    CurrentStories(IndexReader reader, Query current) {
        this.reader = reader;
        this.current = current;
    }

    int size() {
        return bySegment().stream().mapToInt(FixedBitSet::cardinality).sum();
    }

    int count(Term term) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            int count = 0;
            for (int i = 0; i < leaves.size(); i++) {
                Terms terms = leaves.get(i).reader().terms(term.field());
                TermsEnum each = terms == null ? null : terms.iterator();
                if (each == null || !each.seekExact(term.bytes())) {
                    continue;
                }
                PostingsEnum postings = each.postings(null, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    count += bySegment().get(i).get(doc) ? 1 : 0;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<FixedBitSet> bySegment() {
        if (bySegment == null) {
            try {
                IndexSearcher searcher = new IndexSearcher(reader);
                Weight weight = searcher.createWeight(searcher.rewrite(current), ScoreMode.COMPLETE_NO_SCORES, 1);
                List<FixedBitSet> sets = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    sets.add(matches(weight, leaf));
                }
                bySegment = sets;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bySegment;
    }

    private static FixedBitSet matches(Weight weight, LeafReaderContext leaf) throws IOException {
        FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
        Scorer scorer = weight.scorer(leaf);
        Bits live = leaf.reader().getLiveDocs();
        if (scorer != null) {
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    set.set(doc);
                }
            }
        }
        return set;
    }
}
