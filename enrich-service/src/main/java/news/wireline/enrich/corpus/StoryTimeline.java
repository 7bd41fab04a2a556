package news.wireline.enrich.corpus;

import java.util.Arrays;

import news.wireline.events.StoryId;

/**
 * One story's versions in primitive arrays, ordered by when each was ingested, then by version
 * number (two versions ingested in the same nanosecond still have an order). Only the latest
 * version's MinHash signature is kept here; earlier versions' are in the index. A story has a
 * few versions, so inserting by copying is cheap.
 */
final class StoryTimeline {

    private final StoryId id;
    private long[] from = new long[1];
    private int[] version = new int[1];
    private boolean[] withdrawn = new boolean[1];
    private int size;
    private int[] latestSignature;

    StoryTimeline(StoryId id) {
        this.id = id;
    }

    StoryId id() {
        return id;
    }

    boolean contains(int number) {
        for (int i = 0; i < size; i++) {
            if (version[i] == number) {
                return true;
            }
        }
        return false;
    }

    /** Inserts a version in order and returns its position. */
    int insert(long ingested, int number, boolean isWithdrawn, int[] signature) {
        int at = 0;
        while (at < size && (from[at] < ingested || (from[at] == ingested && version[at] < number))) {
            at++;
        }
        if (size == from.length) {
            from = Arrays.copyOf(from, size + 1);
            version = Arrays.copyOf(version, size + 1);
            withdrawn = Arrays.copyOf(withdrawn, size + 1);
        }
        System.arraycopy(from, at, from, at + 1, size - at);
        System.arraycopy(version, at, version, at + 1, size - at);
        System.arraycopy(withdrawn, at, withdrawn, at + 1, size - at);
        from[at] = ingested;
        version[at] = number;
        withdrawn[at] = isWithdrawn;
        size++;
        if (at == size - 1) {
            latestSignature = signature;
        }
        return at;
    }

    /** The position of the version current just before {@code before} (nanoseconds), or -1 if none was ingested yet. */
    int currentAt(long before) {
        int at = -1;
        while (at + 1 < size && from[at + 1] < before) {
            at++;
        }
        return at;
    }

    int size() {
        return size;
    }

    long from(int at) {
        return from[at];
    }

    int version(int at) {
        return version[at];
    }

    boolean withdrawn(int at) {
        return withdrawn[at];
    }

    /** The signature of the version at {@code at} if it is the latest, else null: earlier ones are read from the index. */
    int[] signatureIfLatest(int at) {
        return at == size - 1 ? latestSignature : null;
    }
}
