package news.wireline.publish.outbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Runs the relay on every instance; the relay's lock lets one of them send at a time. */
@Component
class RelaySchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RelaySchedule.class);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final OutboxRelay relay;
    private final RelaySettings settings;

    RelaySchedule(OutboxRelay relay, RelaySettings settings) {
        this.relay = relay;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::relay, settings.pollInterval());
        tasks.addFixedDelayTask(this::prune, PRUNE_EVERY);
    }

    /** Keeps going while it finds a full batch, so a backlog after an outage drains without waiting between batches. */
    private void relay() {
        try {
            while (relay.relayPending() == settings.batchSize()) {
                log.debug("outbox backlog: relaying another batch");
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay failed, will retry: {}", e.getMessage());
        }
    }

    private void prune() {
        try {
            log.info("pruned {} sent outbox events", relay.prune());
        } catch (RuntimeException e) {
            log.warn("outbox prune failed, will retry: {}", e.getMessage());
        }
    }
}
