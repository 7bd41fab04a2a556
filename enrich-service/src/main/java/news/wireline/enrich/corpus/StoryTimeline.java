package news.wireline.enrich.corpus;

import java.util.Arrays;
import news.wireline.events.StoryId;

/**
 * One story's versions in primitive arrays, ordered by when each was ingested, then by version
 * number (two versions ingested in the same nanosecond still have an order). A story has a few
 * versions, so inserting by copying is cheap.
 */
final class StoryTimeline {

    private final StoryId id;
    private long[] from = new long[1];
    private int[] version = new int[1];
    private boolean[] withdrawn = new boolean[1];
    private int size;

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
    int insert(long ingested, int number, boolean isWithdrawn) {
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
}
