package news.wireline.enrich.corpus;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * MinHash banding (locality-sensitive hashing): each signature is cut into {@value #BANDS} bands of
 * {@value #ROWS} positions, and a text is a candidate near-duplicate of another only if some band
 * hashes the same, so candidates are found by lookup, not by comparing with every story. With 16
 * bands, two signatures that agree in more than 48 of 64 positions must agree on a whole band
 * (12 or fewer differing positions can spoil at most 12 bands), so for a threshold above 0.75 no
 * near-duplicate is missed. Each version is indexed under its band keys, so the lookup table is
 * the index's, off the heap, and grows with the corpus there.
 */
final class NearDuplicateBands {

    static final int BANDS = 16;
    private static final int ROWS = MinHash.SIZE / BANDS;

    private NearDuplicateBands() {}

    /** Whether every near-duplicate at this threshold shares a band with its original. */
    static boolean findsAllAt(double threshold) {
        return (int) Math.ceil(threshold * MinHash.SIZE) > MinHash.SIZE - BANDS;
    }

    /** The signature's band keys as index terms: each band's number and positions hashed into eight bytes. */
    static List<BytesRef> keys(int[] signature) {
        List<BytesRef> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long hash = band;
            for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
                hash = hash * 0x100000001b3L ^ (signature[row] & 0xffffffffL);
            }
            // two bands that collide only add a candidate, which is checked
            keys.add(new BytesRef(ByteBuffer.allocate(Long.BYTES).putLong(hash).array()));
        }
        return keys;
    }
}
