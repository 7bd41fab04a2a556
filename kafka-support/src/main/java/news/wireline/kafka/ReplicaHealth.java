package news.wireline.kafka;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness of a view built from a log: not ready to serve until it has caught up, and down for
 * good once its replica has stopped following the topic (liveness is then broken as well).
 */
public final class ReplicaHealth {

    private ReplicaHealth() {}

    public static HealthIndicator of(LogReplica<?> replica) {
        return () -> {
            if (replica.isDead()) {
                return Health.down()
                        .withDetail("replica", "stopped")
                        .withDetail("error", String.valueOf(replica.lastFailure()))
                        .build();
            }
            Health.Builder health =
                    replica.isCaughtUp() ? Health.up() : Health.outOfService().withDetail("replica", "catching up");
            health.withDetail("partitions", replica.partitions());
            if (replica.failures() > 0) {
                health.withDetail("failedAttempts", replica.failures())
                        .withDetail("error", String.valueOf(replica.lastFailure()));
            }
            return health.build();
        };
    }
}
