package news.wireline.ingest.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import news.wireline.events.IntakeDecision;
import news.wireline.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every decision, committed ones only, from where the topic ended when this instance
 * started; the doors pick out their own by request id. Partitions are assigned, not subscribed:
 * each instance needs all of them, and nothing is committed.
 */
final class DecisionReplies implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DecisionReplies.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

    private final Supplier<org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers;
    private final JsonMapper json;
    private volatile Consumer<IntakeDecision> handler = decision -> {};
    private volatile org.apache.kafka.clients.consumer.@Nullable Consumer<String, byte[]> consumer;
    private volatile boolean running;
    private volatile boolean listening;
    private @Nullable Thread thread;

    @SuppressWarnings({"unchecked", "rawtypes"})
    DecisionReplies(ConsumerFactory<Object, Object> factory, JsonMapper json) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        String clientId = "ingest-decisions-" + java.util.UUID.randomUUID();
        this.consumers = () ->
                (org.apache.kafka.clients.consumer.Consumer) factory.createConsumer(null, clientId, null, overrides);
        this.json = json;
    }

    void onDecision(Consumer<IntakeDecision> handler) {
        this.handler = handler;
    }

    /** Positioned at the end of every partition: a decision written from now on will be seen. */
    boolean isListening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "ingest-decisions");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        org.apache.kafka.clients.consumer.Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** Started before, and stopped after, the doors: requests in flight during a graceful shutdown still get their answers. */
    @Override
    public int getPhase() {
        return LedgerConfiguration.PHASE;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (org.apache.kafka.clients.consumer.Consumer<String, byte[]> opened = consumers.get()) {
                consumer = opened;
                List<TopicPartition> partitions = opened.partitionsFor(Topics.INTAKE_DECISIONS_NAME).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
                opened.assign(partitions);
                opened.seekToEnd(partitions);
                partitions.forEach(opened::position);
                listening = true;
                while (running) {
                    opened.poll(POLL).forEach(this::deliver);
                }
            } catch (WakeupException e) {
                // stop() woke the poll: the loop ends as running is false
            } catch (RuntimeException e) {
                log.warn("reading intake decisions failed; reconnecting in {}", PAUSE_AFTER_FAILURE, e);
                pause();
            } finally {
                listening = false;
                consumer = null;
            }
        }
    }

    private void deliver(ConsumerRecord<String, byte[]> record) {
        try {
            handler.accept(json.readValue(record.value(), IntakeDecision.class));
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("skipped unreadable intake decision for story {}", record.key(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
