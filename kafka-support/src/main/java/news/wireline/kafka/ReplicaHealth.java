package news.wireline.kafka;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Readiness of a view built from a log: not ready to serve until it has caught up. */
public final class ReplicaHealth {

    private ReplicaHealth() {
    }

    public static HealthIndicator of(LogReplica<?> replica) {
        return () -> replica.isCaughtUp() ? Health.up().build()
                : Health.outOfService().withDetail("replica", "catching up").build();
    }
}
