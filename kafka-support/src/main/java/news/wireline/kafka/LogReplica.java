package news.wireline.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import news.wireline.events.Topics.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every partition of a topic from the beginning and keeps following it, handing each event
 * to a handler. Each instance of a service builds its own view this way, so a second instance
 * sees the same history as the first and nothing is shared in memory between them.
 * <p>
 * A view kept on disk with the offsets it holds starts the replica from those instead
 * ({@link ReplicaStart}), and is caught up once it has read what came after them. Offsets beyond
 * the topic's end, or for partitions it no longer has, mean the topic was deleted and created
 * again: the view is emptied and the topic read from its start, with a WARN saying why.
 * <p>
 * A broker that cannot be reached, however long, is waited out: the replica tries again with
 * growing pauses, saying so each time, and resumes where it had got to. Partitions added to the
 * topic are read from their start once the client's metadata shows them. Should the replica's
 * thread end anyway, {@code onDeath} is told, so the service is restarted rather than left blind.
 */
public final class LogReplica<V> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogReplica.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** How often the client's metadata is looked at for new partitions; the metadata itself is refreshed each metadata.max.age.ms. */
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(1);

    private final Topic<V> topic;
    private final Supplier<Consumer<Object, Object>> consumers;
    private final JsonMapper jsonMapper;
    private final ReplicaHandler<V> handler;
    private final ReplicaStart start;
    private final Pauses pauses;
    private final Runnable onDeath;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ReplicaPartitions partitions;
    private volatile boolean running;
    private volatile boolean dead;
    private volatile int failures;
    private volatile @Nullable String lastFailure;
    private volatile long recordsRead;
    private volatile @Nullable Consumer<Object, Object> consumer;
    private boolean startChecked;
    private @Nullable Thread thread;

    LogReplica(
            Topic<V> topic,
            Supplier<Consumer<Object, Object>> consumers,
            JsonMapper jsonMapper,
            ReplicaStart start,
            ReplicaHandler<V> handler,
            Pauses pauses,
            Runnable onDeath) {
        this.topic = topic;
        this.consumers = consumers;
        this.jsonMapper = jsonMapper;
        this.handler = handler;
        this.start = start;
        this.pauses = pauses;
        this.onDeath = onDeath;
        this.partitions = new ReplicaPartitions(topic.name());
        partitions.resumeFrom(start.offsets());
    }

    /** Waits until everything in the topic when the replica first reached the broker has been handled. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** True once the replica's thread has ended while it should still be running: the view no longer follows the topic. */
    public boolean isDead() {
        return dead;
    }

    /** How many times in a row reading the topic has failed; 0 while it reads. */
    public int failures() {
        return failures;
    }

    /** The last failure to read the topic, or null while reading has not failed yet. */
    public @Nullable String lastFailure() {
        return lastFailure;
    }

    /** How many records this replica has read from the topic since it started, unreadable ones too. */
    public long recordsRead() {
        return recordsRead;
    }

    public int partitions() {
        return partitions.count();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::follow, "log-replica-" + topic.name());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        stopped.countDown();
        Consumer<Object, Object> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            if (thread != null) {
                thread.join(Duration.ofSeconds(10).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        try {
            Duration pause = pauses.first();
            // Any failure to reach or read the topic is retried; only an Error ends the loop.
            while (running) {
                try {
                    read();
                } catch (WakeupException e) {
                    log.debug("replica of {} stopped", topic.name());
                } catch (RuntimeException e) {
                    if (!running) {
                        break;
                    }
                    failures++;
                    lastFailure = e.toString();
                    pause = failures == 1 ? pauses.first() : pauses.after(pause);
                    log.warn(
                            "replica of {} cannot read the topic (attempt {}, caught up: {}); trying again in {}: {}",
                            topic.name(),
                            failures,
                            isCaughtUp(),
                            pause,
                            e.toString());
                    stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            lastFailure = e.toString();
            log.error("replica of {} failed for good", topic.name(), e);
        } finally {
            if (running) {
                dead = true;
                log.error(
                        "replica of {} stopped following the topic while the service runs; reporting it broken",
                        topic.name());
                onDeath.run();
            }
        }
    }

    /** One connection's worth of following the topic, from where the last one got to; returns only when stopped. */
    private void read() {
        try (Consumer<Object, Object> kafka = consumers.get()) {
            consumer = kafka;
            if (!running) {
                return;
            }
            List<TopicPartition> all = awaitPartitions(kafka);
            Map<TopicPartition, Long> ends = isCaughtUp() ? Map.of() : kafka.endOffsets(all);
            if (!startChecked) {
                checkStart(ends);
                startChecked = true;
            }
            partitions.assign(kafka, all);
            Instant checked = Instant.now();
            while (running) {
                for (ConsumerRecord<Object, Object> record : kafka.poll(POLL)) {
                    apply(record);
                    partitions.handled(record);
                    recordsRead++;
                }
                failures = 0;
                if (!isCaughtUp()
                        && ends.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue())) {
                    log.info("replica of {} caught up", topic.name());
                    caughtUp.countDown();
                }
                if (Instant.now().isAfter(checked.plus(PARTITION_CHECK))) {
                    partitions.addNew(kafka);
                    checked = Instant.now();
                }
            }
        } finally {
            consumer = null;
        }
    }

    /** Kept offsets past a partition's end, or for a partition the topic lacks, are from a topic since recreated. */
    private void checkStart(Map<TopicPartition, Long> ends) {
        if (start.offsets().isEmpty()) {
            return;
        }
        List<String> beyond = start.offsets().entrySet().stream()
                .filter(kept -> {
                    Long end = ends.get(new TopicPartition(topic.name(), kept.getKey()));
                    return end == null || kept.getValue() > end;
                })
                .map(kept -> "partition " + kept.getKey() + " kept " + kept.getValue() + ", topic ends at "
                        + ends.get(new TopicPartition(topic.name(), kept.getKey())))
                .sorted()
                .toList();
        if (beyond.isEmpty()) {
            log.info("replica of {} resumes from kept offsets {}", topic.name(), start.offsets());
            return;
        }
        String reason =
                "the kept offsets are beyond the topic's (" + String.join("; ", beyond) + "): the topic was recreated";
        log.warn("replica of {} starts over from the beginning: {}", topic.name(), reason);
        start.startOver().accept(reason);
        partitions.forget();
    }

    private List<TopicPartition> awaitPartitions(Consumer<Object, Object> kafka) {
        List<TopicPartition> found = ReplicaPartitions.of(kafka.partitionsFor(topic.name()));
        while (running && found.isEmpty()) {
            try {
                stopped.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WakeupException();
            }
            found = ReplicaPartitions.of(kafka.partitionsFor(topic.name()));
        }
        return found;
    }

    /** A record the replica cannot read is skipped: one bad event must not blind the whole view. */
    private void apply(ConsumerRecord<Object, Object> record) {
        if (!(record.value() instanceof byte[] bytes)) {
            return;
        }
        try {
            handler.handle(
                    String.valueOf(record.key()),
                    jsonMapper.readValue(bytes, topic.valueType()),
                    record.partition(),
                    record.offset());
        } catch (RuntimeException e) {
            log.warn(
                    "replica of {} skipped unreadable record at {}-{}@{}: {}",
                    topic.name(),
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
        }
    }

    /** The pause before the first retry, and how it grows, while the topic cannot be read. */
    record Pauses(Duration first, Duration longest) {
        Duration after(Duration pause) {
            Duration doubled = pause.multipliedBy(2);
            return doubled.compareTo(longest) > 0 ? longest : doubled;
        }
    }
}
