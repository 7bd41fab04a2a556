package news.wireline.publish.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** {@code wireline.stream.open}, {@code wireline.stream.cut} by reason, {@code wireline.stream.refused}. */
@Component
class StreamMetrics {

    private final MeterRegistry registry;
    private final Counter refused;

    StreamMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.refused = Counter.builder("wireline.stream.refused")
                .description("live streams refused because this instance served as many as it may")
                .register(registry);
    }

    void open(AtomicInteger open) {
        Gauge.builder("wireline.stream.open", open, AtomicInteger::get)
                .description("live streams open on this instance")
                .register(registry);
    }

    void cut(CutReason reason) {
        Counter.builder("wireline.stream.cut")
                .description("live streams cut by the service")
                .tag("reason", reason.tag())
                .register(registry)
                .increment();
    }

    void refused() {
        refused.increment();
    }
}
