package news.wireline.publish.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * How far the outbox is behind: events stored but not yet on the published topic, and how long the
 * oldest of them has waited. Sampled on a schedule rather than at scrape time, so a scrape never
 * waits for a database that is down; a failed sample keeps the last figures, as a database outage
 * has alarms of its own (readiness).
 */
@Component
class OutboxBacklog implements SchedulingConfigurer {

    static final String PENDING = "wireline.publish.outbox.pending";
    static final String OLDEST = "wireline.publish.outbox.oldest";
    /** Alerts look at minutes of backlog; a sample every 10 s costs one index scan of the unsent rows. */
    static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);

    private final OutboxRows rows;
    private volatile OutboxRows.Backlog last = new OutboxRows.Backlog(0, 0);

    OutboxBacklog(OutboxRows rows, MeterRegistry registry) {
        this.rows = rows;
        Gauge.builder(PENDING, this, self -> self.last.pending())
                .description("Outbox events not yet on the published topic")
                .register(registry);
        Gauge.builder(OLDEST, this, self -> self.last.oldestSeconds())
                .description("How long the oldest outbox event not yet on the published topic has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::sample, SAMPLE_EVERY);
    }

    void sample() {
        try {
            last = rows.backlog();
        } catch (RuntimeException e) {
            log.warn("could not measure the outbox backlog, keeping the last figures: {}", e.getMessage());
        }
    }
}
