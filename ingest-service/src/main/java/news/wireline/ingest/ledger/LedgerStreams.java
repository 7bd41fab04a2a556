package news.wireline.ingest.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the decider: one Kafka Streams client per ingest instance, all instances in one application
 * id, so each intake partition, and with it each story, has exactly one decider at a time.
 */
final class LedgerStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerStreams.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> config;
    private final JsonMapper json;
    private final MeterRegistry registry;
    private final Clock clock;
    private volatile @Nullable KafkaStreams streams;

    LedgerStreams(
            Map<String, Object> streamsProperties,
            LedgerSettings settings,
            short replicas,
            JsonMapper json,
            MeterRegistry registry,
            Clock clock) {
        Map<String, Object> config = new HashMap<>(streamsProperties);
        config.put(
                StreamsConfig.STATE_DIR_CONFIG,
                settings.stateDir().toAbsolutePath().toString());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replicas);
        this.config = Map.copyOf(config);
        this.json = json;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void start() {
        Properties properties = new Properties();
        properties.putAll(config);
        KafkaStreams started = new KafkaStreams(DeciderTopology.build(json, clock, registry), properties);
        // A failed transaction is aborted and its requests decided again by a fresh thread; the
        // doors waiting on them time out to 503 meanwhile, and a re-send is then a duplicate at worst.
        started.setUncaughtExceptionHandler(failure -> {
            log.error("ledger decider thread failed; replacing it", failure);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        started.setStateListener((now, before) -> log.info("ledger decider {} (was {})", now, before));
        started.start();
        streams = started;
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        streams = null;
        if (running != null) {
            // Left, not just closed: the group moves this instance's partitions at once, rather than
            // answering 503 for their stories until the session times out (45 s by default).
            running.close(new KafkaStreams.CloseOptions().timeout(CLOSE_TIMEOUT).leaveGroup(true));
        }
    }

    /** Started before, and stopped after, the doors: requests in flight during a graceful shutdown still get their answers. */
    @Override
    public int getPhase() {
        return LedgerConfiguration.PHASE;
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** Deciding: every partition it owns is restored and being processed. */
    boolean isDeciding() {
        KafkaStreams running = streams;
        return running != null && running.state() == KafkaStreams.State.RUNNING;
    }

    String state() {
        KafkaStreams running = streams;
        return running == null ? "NOT_STARTED" : running.state().name();
    }
}
