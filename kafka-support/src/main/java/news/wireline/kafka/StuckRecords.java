package news.wireline.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;

/**
 * Makes a record that keeps failing impossible to miss. A record is retried in place while a
 * dependency is down (and a batch poll is redelivered after each rollback), and its partition goes
 * no further meanwhile: right for a short outage, a silent stall for a long one. So every failed
 * attempt is logged at WARN with the story and its cause; once one record has been failing for
 * {@code stuckAfter}, readiness goes DOWN, the {@value #GAUGE} gauge counts it for its topic, and an
 * ERROR line naming the story, topic, partition and offset is repeated every {@code stuckAlarmInterval}
 * until the record succeeds or is dead-lettered.
 * <p>
 * Told of failures by the error handler (a {@link RetryListener}) and by {@link BatchRecords}; of
 * successes by the record interceptor, through {@link #clearedOnSuccess()}: not a record
 * interceptor bean itself, since the container takes the one interceptor bean there is, or none. Tracked per partition: only the first failing record of a
 * partition can be stuck, and a success before its offset, a redelivered poll's earlier records,
 * does not clear it.
 */
public class StuckRecords implements RetryListener, HealthIndicator, DisposableBean {

    static final String GAUGE = "wireline.stage.stuck.records";

    private static final Logger log = LoggerFactory.getLogger(StuckRecords.class);

    private final Duration stuckAfter;
    private final Duration alarmInterval;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<TopicPartition, Failing> failing = new ConcurrentHashMap<>();
    private final Set<String> gaugedTopics = ConcurrentHashMap.newKeySet();
    private volatile @Nullable ScheduledExecutorService checker;

    private record Failing(
            String story,
            long offset,
            Instant since,
            int attempts,
            String cause,
            @Nullable Instant alarmedAt) {

        Failing again(String laterCause) {
            return new Failing(story, offset, since, attempts + 1, laterCause, alarmedAt);
        }

        Failing alarmed(Instant at) {
            return new Failing(story, offset, since, attempts, cause, at);
        }
    }

    StuckRecords(WirelineKafkaSettings settings, MeterRegistry registry, Clock clock) {
        this.stuckAfter = settings.stuckAfter();
        this.alarmInterval = settings.stuckAlarmInterval();
        this.registry = registry;
        this.clock = clock;
    }

    /** Checks every second, so the alarm is raised on time even while the listener thread is blocked in a call. */
    void startChecking() {
        checker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "wireline-stuck-records");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    /** One more failed attempt at {@code record}; it is not through, and its partition waits. */
    public void failed(ConsumerRecord<?, ?> record, Throwable failure) {
        Instant now = clock.instant();
        String cause = DeadLetters.describe(failure);
        String story = String.valueOf(record.key());
        Failing current = failing.compute(
                new TopicPartition(record.topic(), record.partition()),
                (partition, before) -> before != null && before.offset() == record.offset()
                        ? before.again(cause)
                        : new Failing(story, record.offset(), now, 1, cause, null));
        gauge(record.topic());
        log.warn(
                "story {} failed on {}-{}@{}, attempt {}, failing for {}s: {}",
                story,
                record.topic(),
                record.partition(),
                record.offset(),
                current.attempts(),
                Duration.between(current.since(), now).toSeconds(),
                cause);
    }

    /** {@code record} succeeded or was dead-lettered: its partition moves on. */
    public void cleared(ConsumerRecord<?, ?> record) {
        if (failing.isEmpty()) {
            return;
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Failing[] through = new Failing[1];
        failing.computeIfPresent(partition, (key, before) -> {
            if (record.offset() < before.offset()) {
                return before;
            }
            through[0] = before;
            return null;
        });
        Failing before = through[0];
        if (before != null && before.alarmedAt() != null) {
            log.info(
                    "story {} on {}@{} is through after {}s and {} attempts; the partition moves on",
                    before.story(),
                    partition,
                    before.offset(),
                    Duration.between(before.since(), clock.instant()).toSeconds(),
                    before.attempts());
        }
    }

    /** Raises the alarm for each record stuck past {@code stuckAfter}, again every {@code alarmInterval} while it lasts. */
    void check() {
        Instant now = clock.instant();
        failing.forEach((partition, record) -> {
            boolean due = record.alarmedAt() == null
                    || !now.isBefore(record.alarmedAt().plus(alarmInterval));
            if (isStuck(record, now) && due && failing.replace(partition, record, record.alarmed(now))) {
                try (MDC.MDCCloseable story = MDC.putCloseable(StoryLogContext.STORY_ID, record.story())) {
                    log.error(
                            "story {} stuck on {}-{}@{} for {}s after {} attempts; the partition goes no further until it"
                                    + " succeeds or is dead-lettered: {}",
                            record.story(),
                            partition.topic(),
                            partition.partition(),
                            record.offset(),
                            Duration.between(record.since(), now).toSeconds(),
                            record.attempts(),
                            record.cause());
                }
            }
        });
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Map<String, String> stuck = new TreeMap<>();
        failing.forEach((partition, record) -> {
            if (isStuck(record, now)) {
                stuck.put(
                        partition.toString(),
                        "story " + record.story() + " at offset " + record.offset() + ", failing for "
                                + Duration.between(record.since(), now).toSeconds() + "s: " + record.cause());
            }
        });
        return stuck.isEmpty()
                ? Health.up().build()
                : Health.down().withDetails(stuck).build();
    }

    private boolean isStuck(Failing record, Instant now) {
        return !now.isBefore(record.since().plus(stuckAfter));
    }

    private void gauge(String topic) {
        if (gaugedTopics.add(topic)) {
            Gauge.builder(GAUGE, this, self -> self.stuckOn(topic))
                    .description("Records failing for longer than wireline.kafka.stuck-after")
                    .tag("topic", topic)
                    .register(registry);
        }
    }

    private long stuckOn(String topic) {
        Instant now = clock.instant();
        return failing.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic) && isStuck(entry.getValue(), now))
                .count();
    }

    /** A partition handed to another instance, or lost, is no longer this one's to report: its record is tried there. */
    public void forget(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            Failing gone = failing.remove(partition);
            if (gone != null) {
                log.info(
                        "story {} on {}@{} is no longer tried here: the partition was revoked after {} attempts",
                        gone.story(),
                        partition,
                        gone.offset(),
                        gone.attempts());
            }
        }
    }

    /** For the listener containers: the partitions this instance gives up. */
    ConsumerAwareRebalanceListener forgetRevoked() {
        return new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                forget(partitions);
            }

            @Override
            public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                forget(partitions);
            }
        };
    }

    /** For the record interceptor: a record handled without failing is through. */
    RecordInterceptor<Object, Object> clearedOnSuccess() {
        return new RecordInterceptor<>() {
            @Override
            public ConsumerRecord<Object, Object> intercept(
                    ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                return record;
            }

            @Override
            public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                cleared(record);
            }
        };
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, @Nullable Exception failure, int deliveryAttempt) {
        failed(record, Objects.requireNonNull(failure, "the container reports a failed delivery with its failure"));
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, @Nullable Exception failure) {
        cleared(record);
    }

    @Override
    public void destroy() {
        if (checker != null) {
            checker.shutdownNow();
        }
    }
}
