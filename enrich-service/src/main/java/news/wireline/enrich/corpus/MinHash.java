package news.wireline.enrich.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word shingles: two stories' signatures agree in about the share of
 * positions that their sets of four-word sequences overlap (their Jaccard similarity), so a re-sent
 * story with a changed sentence or headline still shows as the same text. Seeds are fixed, so every
 * instance computes the same signature for the same text.
 */
final class MinHash {

    static final int SIZE = 64;
    private static final int SHINGLE = 4;
    private static final long[] SEEDS = seeds();

    private MinHash() {}

    /** The signature of a text given as its words in order; a text shorter than a shingle is one shingle. */
    static int[] signature(List<String> words) {
        int[] signature = new int[SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        // each word's bytes once, not once for each of the four shingles it is in
        byte[][] bytes = words.stream()
                .map(word -> word.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int start = 0; start < shingles && !words.isEmpty(); start++) {
            long base = fnv1a(bytes, start, Math.min(words.size(), start + SHINGLE));
            for (int i = 0; i < SIZE; i++) {
                signature[i] = Math.min(signature[i], (int) (mix(base ^ SEEDS[i]) >>> 33));
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, in [0, 1]. */
    static double similarity(int[] left, int[] right) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            same += left[i] == right[i] ? 1 : 0;
        }
        return (double) same / SIZE;
    }

    /** FNV-1a of words {@code from} to {@code to} (exclusive) joined by single spaces, as UTF-8. */
    private static long fnv1a(byte[][] words, int from, int to) {
        long hash = 0xcbf29ce484222325L;
        for (int w = from; w < to; w++) {
            if (w > from) {
                hash = (hash ^ ' ') * 0x100000001b3L;
            }
            for (byte b : words[w]) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
        }
        return hash;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long seed = 0x5eed;
        for (int i = 0; i < SIZE; i++) {
            seed = mix(seed);
            seeds[i] = seed;
        }
        return seeds;
    }
}
