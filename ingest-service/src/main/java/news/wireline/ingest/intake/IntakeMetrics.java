package news.wireline.ingest.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import news.wireline.events.RejectCode;
import org.springframework.stereotype.Component;

/**
 * Counts every story that reaches ingest by door and outcome, and every refusal by reason, so a
 * desk sending broken copy shows up on a dashboard before anyone phones.
 */
@Component
class IntakeMetrics {

    private static final String STORIES = "wireline.ingest.stories";

    private final MeterRegistry registry;

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(Door door) {
        counter(door, "accepted", "none").increment();
    }

    void duplicate(Door door) {
        counter(door, "duplicate", "none").increment();
    }

    void rejected(Door door, RejectCode reason) {
        counter(door, "rejected", reason.name()).increment();
    }

    private Counter counter(Door door, String outcome, String reason) {
        return Counter.builder(STORIES)
                .description("Stories received by ingest")
                .tag("door", door.tag())
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry);
    }
}
