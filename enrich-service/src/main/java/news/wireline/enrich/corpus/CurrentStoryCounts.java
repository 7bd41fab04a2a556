package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.jspecify.annotations.Nullable;

/**
 * The documents of one view, found once per segment, so that counting the current stories that
 * use a term is cheap: a story asks for hundreds of counts. Nearly every document is current in
 * the view a new story sees (only later and superseded versions are not), so a count is the
 * term's document frequency less the few documents outside the view that contain it, rather than
 * a walk of postings as long as the corpus. A segment's counts are kept for the next view holding
 * the same of its documents ({@link SegmentCounts}).
 */
final class CurrentStoryCounts {

    /** One segment's documents in the view and outside it, with how many of each, and the counts made for those documents. */
    private record Segment(
            FixedBitSet inside, int insideCount, FixedBitSet outside, int outsideCount, SegmentCounts.Counts counts) {

        static Segment of(FixedBitSet inside, SegmentCounts.Counts counts) {
            FixedBitSet outside = inside.clone();
            outside.flip(0, outside.length());
            return new Segment(inside, inside.cardinality(), outside, outside.cardinality(), counts);
        }
    }

    private final IndexReader reader;
    private final Query current;
    private final long before;
    private final SegmentCounts kept;
    private final Map<String, TermsEnum[]> termsByField = new HashMap<>();
    private @Nullable PostingsEnum postings;
    private @Nullable List<Segment> bySegment;

    /** {@code current} selects the versions ingested before {@code before} and current then. */
    CurrentStoryCounts(IndexReader reader, Query current, long before, SegmentCounts kept) {
        this.reader = reader;
        this.current = current;
        this.before = before;
        this.kept = kept;
    }

    int size() {
        return bySegment().stream().mapToInt(Segment::insideCount).sum();
    }

    /** In how many of the view's documents a word or entity occurs. */
    int count(String field, String text) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            Term term = null;
            int count = 0;
            for (int i = 0; i < leaves.size(); i++) {
                Segment segment = bySegment().get(i);
                Integer known = segment.counts().get(field, text);
                if (known == null) {
                    term = term == null ? new Term(field, text) : term;
                    known = countIn(segment, termsEnums(field)[i], term);
                    segment.counts().put(field, text, known);
                }
                count += known;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int countIn(Segment segment, TermsEnum terms, Term term) throws IOException {
        if (segment.insideCount() == 0 || terms == null || !terms.seekExact(term.bytes())) {
            return 0;
        }
        // docFreq counts every document with the term, deleted or not, as the postings list them
        if (segment.outsideCount() == 0) {
            return terms.docFreq();
        }
        postings = terms.postings(postings, PostingsEnum.NONE);
        return segment.outsideCount() < terms.docFreq()
                ? terms.docFreq() - countIn(postings, segment.outside(), segment.outsideCount())
                : countIn(postings, segment.inside(), segment.insideCount());
    }

    /** One terms enumeration per segment for a field, reused for every count: making one costs more than a seek. */
    private TermsEnum[] termsEnums(String field) throws IOException {
        TermsEnum[] enums = termsByField.get(field);
        if (enums == null) {
            List<LeafReaderContext> leaves = reader.leaves();
            enums = new TermsEnum[leaves.size()];
            for (int i = 0; i < enums.length; i++) {
                Terms terms = leaves.get(i).reader().terms(field);
                enums[i] = terms == null ? null : terms.iterator();
            }
            termsByField.put(field, enums);
        }
        return enums;
    }

    /** How many of the postings' documents are in {@code docs}, stepping through whichever of the two is shorter. */
    private static int countIn(PostingsEnum postings, FixedBitSet docs, int docCount) throws IOException {
        int count = 0;
        if (docCount < postings.cost()) {
            for (int doc = nextSetBit(docs, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = nextSetBit(docs, doc + 1)) {
                int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                count += at == doc ? 1 : 0;
            }
            return count;
        }
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            count += docs.get(doc) ? 1 : 0;
        }
        return count;
    }

    private static int nextSetBit(FixedBitSet docs, int from) {
        return from < docs.length() ? docs.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
    }

    private List<Segment> bySegment() {
        if (bySegment == null) {
            try {
                Weight weight = null;
                List<Segment> segments = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    LatestVersions latest = kept.latest(leaf.reader());
                    if (latest.heldExactlyBefore(before)) {
                        segments.add(new Segment(
                                latest.latest(),
                                latest.latestCount(),
                                latest.others(),
                                latest.othersCount(),
                                kept.of(leaf.reader(), latest.latest())));
                        continue;
                    }
                    if (weight == null) {
                        IndexSearcher searcher = new IndexSearcher(reader);
                        weight = searcher.createWeight(searcher.rewrite(current), ScoreMode.COMPLETE_NO_SCORES, 1);
                    }
                    FixedBitSet inside = matches(weight, leaf);
                    segments.add(Segment.of(inside, kept.of(leaf.reader(), inside)));
                }
                bySegment = segments;
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
