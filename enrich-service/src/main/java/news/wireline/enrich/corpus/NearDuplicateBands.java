package news.wireline.enrich.corpus;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * MinHash banding (locality-sensitive hashing): each signature is cut into {@value #BANDS} bands of
 * {@value #ROWS} positions, and a text is a candidate near-duplicate of another only if some band
 * hashes the same, so candidates are found by lookup, not by comparing with every story. With 16
 * bands, two signatures that agree in more than 48 of 64 positions must agree on a whole band
 * (12 or fewer differing positions can spoil at most 12 bands), so for a threshold above 0.75 no
 * near-duplicate is missed. Entries are numbered from 0; band keys live in an open-addressing table
 * of primitives, each pointing to the last entry with that key, chained back through {@code next}.
 */
final class NearDuplicateBands {

    static final int BANDS = 16;
    private static final int ROWS = MinHash.SIZE / BANDS;

    private long[] keys = new long[1024];
    private int[] heads = new int[1024];
    private int used;
    /** For slot {@code entry * BANDS + band}: the previous slot with the same key, plus one; 0 ends the chain. */
    private int[] next = new int[1024];

    /** Whether every near-duplicate at this threshold shares a band with its original. */
    static boolean findsAllAt(double threshold) {
        return (int) Math.ceil(threshold * MinHash.SIZE) > MinHash.SIZE - BANDS;
    }

    void add(int entry, int[] signature) {
        if ((entry + 1) * BANDS > next.length) {
            next = Arrays.copyOf(next, Math.max(next.length * 2, (entry + 1) * BANDS));
        }
        for (int band = 0; band < BANDS; band++) {
            int slot = entry * BANDS + band;
            int at = find(key(signature, band));
            next[slot] = heads[at];
            if (heads[at] == 0) {
                keys[at] = key(signature, band);
                if (++used * 2 > keys.length) {
                    heads[at] = slot + 1;
                    grow();
                    continue;
                }
            }
            heads[at] = slot + 1;
        }
    }

    /** Each entry sharing at least one band with this signature, once, in no particular order. */
    void forEachCandidate(int[] signature, IntConsumer entry) {
        int[] found = new int[16];
        int count = 0;
        for (int band = 0; band < BANDS; band++) {
            for (int slot = heads[find(key(signature, band))]; slot != 0; slot = next[slot - 1]) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = (slot - 1) / BANDS;
            }
        }
        Arrays.sort(found, 0, count);
        for (int i = 0; i < count; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                entry.accept(found[i]);
            }
        }
    }

    /** The table position of {@code key}: where it is, or the empty one where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int at = (int) MinHash.mix(key) & mask;
        while (heads[at] != 0 && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldHeads.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != 0) {
                int at = find(oldKeys[i]);
                keys[at] = oldKeys[i];
                heads[at] = oldHeads[i];
            }
        }
    }

    /** A band's number and positions hashed into one long; two bands that collide only add a candidate, which is checked. */
    private static long key(int[] signature, int band) {
        long hash = band;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            hash = hash * 0x100000001b3L ^ (signature[row] & 0xffffffffL);
        }
        return hash;
    }
}
