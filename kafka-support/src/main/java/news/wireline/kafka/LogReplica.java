package news.wireline.kafka;

import news.wireline.events.Topics.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Reads every partition of a topic from the beginning and keeps following it, handing each event
 * to a handler. Each instance of a service builds its own view this way, so a second instance
 * sees the same history as the first and nothing is shared in memory between them.
 */
public final class LogReplica<V> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogReplica.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Topic<V> topic;
    private final Supplier<Consumer<Object, Object>> consumers;
    private final JsonMapper jsonMapper;
    private final BiConsumer<String, V> handler;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Consumer<Object, Object> consumer;
    private Thread thread;

    LogReplica(Topic<V> topic, Supplier<Consumer<Object, Object>> consumers, JsonMapper jsonMapper, BiConsumer<String, V> handler) {
        this.topic = topic;
        this.consumers = consumers;
        this.jsonMapper = jsonMapper;
        this.handler = handler;
    }

    /** Waits until everything in the topic when the replica started has been handled. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
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
        Consumer<Object, Object> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        try (Consumer<Object, Object> kafka = consumers.get()) {
            consumer = kafka;
            List<TopicPartition> partitions = awaitPartitions(kafka);
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
            while (running) {
                for (ConsumerRecord<Object, Object> record : kafka.poll(POLL)) {
                    apply(record);
                }
                if (!isCaughtUp() && ends.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue())) {
                    log.info("replica of {} caught up", topic.name());
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException e) {
            log.debug("replica of {} stopped", topic.name());
        } catch (RuntimeException e) {
            log.error("replica of {} failed", topic.name(), e);
        }
    }

    private List<TopicPartition> awaitPartitions(Consumer<Object, Object> kafka) {
        List<PartitionInfo> infos = kafka.partitionsFor(topic.name());
        while (running && (infos == null || infos.isEmpty())) {
            sleepQuietly();
            infos = kafka.partitionsFor(topic.name());
        }
        return infos == null ? List.of() : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    /** A record the replica cannot read is skipped: one bad event must not blind the whole view. */
    private void apply(ConsumerRecord<Object, Object> record) {
        if (!(record.value() instanceof byte[] bytes)) {
            return;
        }
        try {
            handler.accept(String.valueOf(record.key()), jsonMapper.readValue(bytes, topic.valueType()));
        } catch (RuntimeException e) {
            log.warn("replica of {} skipped unreadable record at {}-{}@{}: {}",
                    topic.name(), record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
