package news.wireline.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;

/**
 * The readiness group's verdict as a gauge, {@code wireline_readiness} 1 when {@code UP}, else 0,
 * so an alert can see an instance that stays not ready. Sampled on a thread of its own: the
 * group's checks ask the broker and the database, and a scrape must not wait on them while one
 * is away (every other figure would be lost with it).
 */
class ReadinessMetric implements SmartLifecycle {

    static final String READINESS = "wireline.readiness";
    static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ReadinessMetric.class);

    private final Supplier<Status> readiness;
    private volatile double ready;
    private volatile @Nullable ScheduledExecutorService schedule;

    ReadinessMetric(Supplier<Status> readiness, MeterRegistry registry) {
        this.readiness = readiness;
        Gauge.builder(READINESS, this, self -> self.ready)
                .description("1 while the readiness group is UP, 0 otherwise")
                .register(registry);
    }

    void sample() {
        try {
            ready = Status.UP.equals(readiness.get()) ? 1 : 0;
        } catch (RuntimeException e) {
            ready = 0;
            log.warn("readiness could not be checked, reported as not ready: {}", e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "wireline-readiness-metric");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::sample, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        this.schedule = schedule;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = schedule;
        if (running != null) {
            running.shutdownNow();
        }
        schedule = null;
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }
}
