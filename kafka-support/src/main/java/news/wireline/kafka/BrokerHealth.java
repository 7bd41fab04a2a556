package news.wireline.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the broker answers, for readiness: an instance that cannot reach Kafka should not be
 * sent stories it cannot pass on.
 */
class BrokerHealth implements HealthIndicator, DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Supplier<Admin> admins;
    private volatile @Nullable Admin admin;

    BrokerHealth(Supplier<Admin> admins) {
        this.admins = admins;
    }

    @Override
    public Health health() {
        try {
            int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .size();
            return Health.up().withDetail("brokers", brokers).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.toString()).build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = admins.get();
                }
            }
        }
        return admin;
    }

    @Override
    public void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
