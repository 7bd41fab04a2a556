package news.wireline.enrich.corpus;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * How many of a segment's documents in a view contain a term, kept from one view to the next.
 * Consecutive views hold the same documents of every segment but the newest few, so nearly every
 * count a story asks for was made already for an earlier story: a hash lookup instead of a term
 * seek and a walk of postings in each segment. A count depends only on the segment as read (its
 * terms, and its until-values, whose update makes a new reader of it) and on which of its
 * documents the view holds, so a view uses a segment's counts only when it holds exactly the
 * documents they were made for; they go when the segment's reader closes.
 */
final class SegmentCounts {

    /** Per segment and field: past this a segment's counts are made and not kept, so a vast vocabulary cannot fill the heap. */
    static final int MAX_TERMS = 100_000;

    /** The counts of one segment's reader for one set of its documents, shared by every view holding that set. */
    static final class Counts {

        private final FixedBitSet inside;
        private final Map<String, Map<String, Integer>> byField = new ConcurrentHashMap<>();

        private Counts(FixedBitSet inside) {
            this.inside = inside;
        }

        /** The count kept for a word or entity, or null if none is. */
        @Nullable Integer get(String field, String text) {
            Map<String, Integer> counts = byField.get(field);
            return counts == null ? null : counts.get(text);
        }

        void put(String field, String text, int count) {
            Map<String, Integer> counts = byField.computeIfAbsent(field, name -> new ConcurrentHashMap<>());
            if (counts.size() < MAX_TERMS) {
                counts.put(text, count);
            }
        }
    }

    private final Map<IndexReader.CacheKey, Counts> byReader = new ConcurrentHashMap<>();
    private final Map<IndexReader.CacheKey, LatestVersions> latestByReader = new ConcurrentHashMap<>();

    /** The segment reader's latest versions, found once for as long as the reader is open. */
    LatestVersions latest(LeafReader segment) throws IOException {
        IndexReader.CacheHelper helper = segment.getReaderCacheHelper();
        if (helper == null) {
            return LatestVersions.of(segment);
        }
        LatestVersions kept = latestByReader.get(helper.getKey());
        if (kept == null) {
            kept = LatestVersions.of(segment);
            if (latestByReader.putIfAbsent(helper.getKey(), kept) == null) {
                helper.addClosedListener(latestByReader::remove);
            }
        }
        return kept;
    }

    /** The counts for this segment reader and these of its documents: the kept ones if they were made for the same documents. */
    Counts of(LeafReader segment, FixedBitSet inside) {
        IndexReader.CacheHelper helper = segment.getReaderCacheHelper();
        if (helper == null) {
            return new Counts(inside);
        }
        return byReader.compute(helper.getKey(), (key, kept) -> {
            if (kept == null) {
                helper.addClosedListener(byReader::remove);
            }
            return kept != null && (kept.inside == inside || kept.inside.equals(inside)) ? kept : new Counts(inside);
        });
    }
}
