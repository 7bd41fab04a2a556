package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ReadinessMetricTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AtomicReference<Status> readiness = new AtomicReference<>(Status.UP);
    /** Throws while {@code readiness} is null, as the health endpoint might. */
    final ReadinessMetric metric = new ReadinessMetric(
            () -> {
                if (readiness.get() == null) {
                    throw new IllegalStateException("health endpoint gone");
                }
                return readiness.get();
            },
            registry);

    @Test
    void isOneWhileTheReadinessGroupIsUpAndZeroOnceItIsNot() {
        metric.sample();
        assertThat(value()).isEqualTo(1.0);

        readiness.set(Status.OUT_OF_SERVICE);
        metric.sample();
        assertThat(value()).isZero();

        readiness.set(Status.DOWN);
        metric.sample();
        assertThat(value()).isZero();

        readiness.set(Status.UP);
        metric.sample();
        assertThat(value()).isEqualTo(1.0);
    }

    @Test
    void aReadinessThatCannotBeCheckedCountsAsNotReady() {
        metric.sample();
        readiness.set(null);

        metric.sample();

        assertThat(value()).isZero();
    }

    private double value() {
        return registry.get(ReadinessMetric.READINESS).gauge().value();
    }
}
