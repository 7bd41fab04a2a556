package news.wireline.enrich.corpus;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which of a segment's documents are their story's latest version, found once for the segment's
 * reader. A view of a story arriving after every version in a segment, and after each of its
 * supersessions, holds exactly these, so it takes them as they are instead of finding its
 * documents afresh: finding them walks the whole segment, and every view would walk the corpus.
 */
final class LatestVersions {

    private final FixedBitSet latest;
    private final int latestCount;
    private final FixedBitSet others;
    private final int othersCount;
    private final long maxLatestFrom;
    private final long maxSupersededUntil;

    private LatestVersions(FixedBitSet latest, FixedBitSet others, long maxLatestFrom, long maxSupersededUntil) {
        this.latest = latest;
        this.latestCount = latest.cardinality();
        this.others = others;
        this.othersCount = others.cardinality();
        this.maxLatestFrom = maxLatestFrom;
        this.maxSupersededUntil = maxSupersededUntil;
    }

    static LatestVersions of(LeafReader segment) throws IOException {
        int size = segment.maxDoc();
        FixedBitSet latest = new FixedBitSet(size);
        long maxLatestFrom = Long.MIN_VALUE;
        long maxSupersededUntil = Long.MIN_VALUE;
        Bits live = segment.getLiveDocs();
        NumericDocValues from = DocValues.getNumeric(segment, CorpusDocuments.FROM);
        NumericDocValues until = DocValues.getNumeric(segment, CorpusDocuments.UNTIL);
        for (int doc = 0; doc < size; doc++) {
            if ((live == null || live.get(doc)) && until.advanceExact(doc)) {
                if (until.longValue() == Long.MAX_VALUE) {
                    latest.set(doc);
                    maxLatestFrom = Math.max(maxLatestFrom, from.advanceExact(doc) ? from.longValue() : Long.MAX_VALUE);
                } else {
                    maxSupersededUntil = Math.max(maxSupersededUntil, until.longValue());
                }
            }
        }
        FixedBitSet others = latest.clone();
        others.flip(0, size);
        return new LatestVersions(latest, others, maxLatestFrom, maxSupersededUntil);
    }

    /** Whether a view of the versions ingested before {@code before} holds exactly the latest ones of this segment. */
    boolean heldExactlyBefore(long before) {
        return maxLatestFrom < before && maxSupersededUntil < before;
    }

    FixedBitSet latest() {
        return latest;
    }

    int latestCount() {
        return latestCount;
    }

    FixedBitSet others() {
        return others;
    }

    int othersCount() {
        return othersCount;
    }
}
