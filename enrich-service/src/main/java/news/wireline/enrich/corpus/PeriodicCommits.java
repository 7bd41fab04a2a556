package news.wireline.enrich.corpus;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits a kept corpus index on a thread of its own, so neither the replica nor the listeners wait
 * for the disk. A commit that fails is logged with its cause and tried again at the next turn: the
 * index on disk then stays at its previous commit, which a restart resumes from.
 */
final class PeriodicCommits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeriodicCommits.class);

    private final ScheduledExecutorService scheduler;

    PeriodicCommits(Runnable commit, Duration interval) {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "corpus-commits");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        commit.run();
                    } catch (RuntimeException e) {
                        log.warn("could not commit the corpus index; trying again in {}", interval, e);
                    }
                },
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops committing, after any commit under way. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("a corpus index commit still runs after 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
