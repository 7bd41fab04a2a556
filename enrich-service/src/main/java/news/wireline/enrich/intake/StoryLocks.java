package news.wireline.enrich.intake;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import news.wireline.events.StoryId;

/**
 * One story's enriched events are sent one at a time, by the listener or by a revision: a revision
 * of a version must never reach the compacted enriched topic after the story's next version, or
 * compaction would keep the older one. Striped, so unrelated stories seldom wait for each other.
 */
final class StoryLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    StoryLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    <T> T with(StoryId id, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(id.value().hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
