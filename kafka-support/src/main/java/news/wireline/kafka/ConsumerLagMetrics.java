package news.wireline.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Lag of this service's consumer group per partition, as ops alert on it: the committed offset
 * against the end of the partition, read from the broker, so every instance reports the whole
 * group's lag, including partitions nobody is consuming.
 */
class ConsumerLagMetrics implements SmartLifecycle {

    static final String LAG = "wireline.consumer.lag";
    private static final Logger log = LoggerFactory.getLogger(ConsumerLagMetrics.class);

    private final Supplier<Admin> admins;
    private final String group;
    private final Duration interval;
    private final MultiGauge lag;
    private @Nullable ScheduledExecutorService schedule;
    private @Nullable Admin admin;

    ConsumerLagMetrics(Supplier<Admin> admins, String group, Duration interval, MeterRegistry registry) {
        this.admins = admins;
        this.group = group;
        this.interval = interval;
        this.lag = MultiGauge.builder(LAG)
                .description("Records not yet committed by this service's consumer group")
                .baseUnit("records")
                .register(registry);
    }

    @Override
    public void start() {
        Admin connected = admins.get();
        admin = connected;
        schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "consumer-lag-" + group);
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> measure(connected), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        schedule = null;
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    /** A failed measurement keeps the last figures: a broker hiccup must not look like zero lag. */
    private void measure(Admin admin) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(interval.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all()
                    .get(interval.toMillis(), TimeUnit.MILLISECONDS);
            List<MultiGauge.Row<?>> rows = committed.entrySet().stream()
                    .filter(entry -> entry.getValue() != null && ends.containsKey(entry.getKey()))
                    .map(entry -> MultiGauge.Row.of(
                            Tags.of(
                                    "group",
                                    group,
                                    "topic",
                                    entry.getKey().topic(),
                                    "partition",
                                    String.valueOf(entry.getKey().partition())),
                            Math.max(
                                    0,
                                    Objects.requireNonNull(
                                                            ends.get(entry.getKey()),
                                                            "the filter kept only partitions with an end")
                                                    .offset()
                                            - entry.getValue().offset())))
                    .collect(Collectors.toList());
            lag.register(rows, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("could not measure lag of consumer group {}: {}", group, e.toString());
        }
    }
}
