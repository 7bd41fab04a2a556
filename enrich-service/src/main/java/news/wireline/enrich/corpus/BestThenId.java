package news.wireline.enrich.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The {@code limit} best-scoring hits, equal scores ordered by story id: what a sort by score then
 * id gives, but letting the search skip what cannot compete. A field sort has to score every
 * matching document, and a search for a story's words matches most of the corpus; told the least
 * score still competing, Lucene skips whole blocks of postings whose best is below it. Documents
 * scoring exactly that least score still compete, as their ids may put them ahead.
 */
final class BestThenId implements CollectorManager<BestThenId.Collector, List<ScoreDoc>> {

    private record Hit(float score, BytesRef id, int doc) {}

    private static final Comparator<Hit> BEST_FIRST =
            Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id);

    private final int limit;

    BestThenId(int limit) {
        this.limit = limit;
    }

    @Override
    public Collector newCollector() {
        return new Collector();
    }

    @Override
    public List<ScoreDoc> reduce(Collection<Collector> collectors) {
        List<Hit> hits = new ArrayList<>();
        collectors.forEach(collector -> hits.addAll(collector.best));
        hits.sort(BEST_FIRST);
        return hits.stream()
                .limit(limit)
                .map(hit -> new ScoreDoc(hit.doc(), hit.score()))
                .toList();
    }

    final class Collector extends SimpleCollector {

        private final PriorityQueue<Hit> best = new PriorityQueue<>(BEST_FIRST.reversed());
        private @Nullable Scorable scorer;
        private SortedDocValues ids = DocValues.emptySorted();
        private int docBase;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = DocValues.getSorted(context.reader(), CorpusDocuments.ID);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            if (best.size() == limit) {
                scorer.setMinCompetitiveScore(best.peek().score());
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            Scorable scorer = Objects.requireNonNull(this.scorer, "Lucene sets the scorer before it collects");
            float score = scorer.score();
            Hit worst = best.peek();
            if (best.size() == limit && score < worst.score()) {
                return;
            }
            if (!ids.advanceExact(doc)) {
                throw new IllegalStateException("a version in the corpus index has no id: " + (docBase + doc));
            }
            Hit hit = new Hit(score, BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())), docBase + doc);
            if (best.size() < limit) {
                best.add(hit);
            } else if (BEST_FIRST.compare(hit, worst) < 0) {
                best.poll();
                best.add(hit);
            } else {
                return;
            }
            if (best.size() == limit) {
                scorer.setMinCompetitiveScore(best.peek().score());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }
}
