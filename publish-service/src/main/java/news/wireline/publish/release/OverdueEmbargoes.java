package news.wireline.publish.release;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * How long the most overdue embargoed story has been due without being let out: 0 while the
 * release keeps up, since it polls every second. Judged by the database's clock, as the release
 * is. Sampled on a schedule, so a scrape never waits for a database that is down.
 */
@Component
class OverdueEmbargoes implements SchedulingConfigurer {

    static final String OVERDUE = "wireline.publish.embargo.overdue";
    static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(OverdueEmbargoes.class);

    private final JdbcClient jdbc;
    private final AtomicReference<Double> overdueSeconds = new AtomicReference<>(0.0);

    OverdueEmbargoes(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder(OVERDUE, overdueSeconds, AtomicReference::get)
                .description("How long the most overdue embargoed story has been due and not released")
                .baseUnit("seconds")
                .register(registry);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::sample, SAMPLE_EVERY);
    }

    /** The partial index story_embargo_due holds only embargoed rows, oldest embargo first. */
    void sample() {
        try {
            overdueSeconds.set(jdbc.sql("""
                            SELECT coalesce(extract(epoch FROM now() - min(embargoed_until)), 0)
                            FROM story WHERE state = 'EMBARGOED' AND embargoed_until <= now()""").query(Double.class).single());
        } catch (RuntimeException e) {
            log.warn("could not measure overdue embargoes, keeping the last figure: {}", e.getMessage());
        }
    }
}
