package news.wireline.publish.stream;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import news.wireline.publish.outbox.PublishedEntry;
import news.wireline.publish.outbox.PublishedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readers resuming from far back read the log a page at a time on a few threads of their own, the
 * next page only once the last is written, so each goes at its own reader's pace, a reader that
 * stops reading stops reading the log, and the live streams never wait for them. A reader that has
 * reached the live streams' place joins them.
 */
final class CatchUp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

    private final PublishedLog published;
    private final Frames frames;
    private final int pageSize;
    private final Predicate<Subscriber> join;
    private final ExecutorService readers;

    /** @param join makes a reader live if it has reached the live streams; says whether it did */
    CatchUp(PublishedLog published, Frames frames, StreamSettings settings, Predicate<Subscriber> join) {
        this.published = published;
        this.frames = frames;
        this.pageSize = Math.min(settings.batchSize(), settings.queueSize() - 1);
        this.join = join;
        AtomicInteger threads = new AtomicInteger();
        this.readers = Executors.newFixedThreadPool(settings.catchUpThreads(), task -> {
            Thread thread = new Thread(task, "stream-catch-up-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void request(Subscriber subscriber) {
        if (!subscriber.startReading()) {
            return;
        }
        try {
            readers.execute(() -> readPage(subscriber));
        } catch (RejectedExecutionException stopping) {
            subscriber.doneReading();
        }
    }

    private void readPage(Subscriber subscriber) {
        try {
            List<PublishedEntry> page = published.after(subscriber.lastQueued(), pageSize);
            if (subscriber.offer(frames.of(page)) && page.size() < pageSize) {
                join.test(subscriber);
            }
        } catch (RuntimeException e) {
            // Asked again after its next keep-alive is written.
            log.warn("live {} could not read the published log, will retry: {}", subscriber, e.getMessage());
        } finally {
            subscriber.doneReading();
        }
        subscriber.write();
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
