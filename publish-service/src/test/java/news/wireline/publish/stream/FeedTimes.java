package news.wireline.publish.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.wireline.publish.Reader;

/** A reader asking for the feed twenty times a second, timing each answer, while something else goes on. */
final class FeedTimes {

    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor();
    private final List<Long> millis = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    static FeedTimes start(Reader http) {
        FeedTimes times = new FeedTimes();
        times.reader.scheduleAtFixedRate(() -> times.ask(http), 0, 50, TimeUnit.MILLISECONDS);
        return times;
    }

    private void ask(Reader http) {
        long start = System.nanoTime();
        try {
            int status = http.get("/feed").statusCode();
            if (status != 200) {
                failures.incrementAndGet();
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
        synchronized (millis) {
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
    }

    void stop() throws InterruptedException {
        reader.shutdown();
        reader.awaitTermination(15, TimeUnit.SECONDS);
    }

    int failures() {
        return failures.get();
    }

    long p99Millis() {
        synchronized (millis) {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        }
    }

    @Override
    public String toString() {
        synchronized (millis) {
            return millis.size() + " requests, p99 " + p99Millis() + " ms, max "
                    + millis.stream().mapToLong(Long::longValue).max().orElse(0) + " ms, " + failures + " failed";
        }
    }
}
