package news.wireline.ingest.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import news.wireline.ingest.ledger.LedgerClient.LedgerUnavailableException;
import news.wireline.kafka.DependencyOutage;
import news.wireline.kafka.StoryEventSender;
import news.wireline.kafka.WirelineKafkaSettings;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    /** Below the web server's graceful shutdown and the listener containers, so the ledger outlives both. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    @Bean
    LedgerStreams ledgerStreams(
            KafkaProperties kafka,
            LedgerSettings settings,
            WirelineKafkaSettings topics,
            JsonMapper json,
            MeterRegistry registry,
            Clock clock) {
        return new LedgerStreams(kafka.buildStreamsProperties(), settings, topics.replicas(), json, registry, clock);
    }

    @Bean
    DecisionReplies decisionReplies(ConsumerFactory<Object, Object> consumerFactory, JsonMapper json) {
        return new DecisionReplies(consumerFactory, json);
    }

    @Bean
    LedgerClient ledgerClient(StoryEventSender sender, DecisionReplies replies, LedgerSettings settings) {
        return new LedgerClient(sender, replies, settings);
    }

    /** A story that got no decision is not at fault: a raw record waits for the ledger as for any outage. */
    @Bean
    DependencyOutage ledgerOutage() {
        return cause -> cause instanceof LedgerUnavailableException;
    }

    /**
     * Not ready to take stories until this instance's decider has restored and is processing the
     * partitions it owns, and it is reading decisions.
     */
    @Bean
    HealthIndicator ledger(LedgerStreams streams, DecisionReplies replies) {
        return () -> streams.isDeciding() && replies.isListening()
                ? Health.up().build()
                : Health.outOfService()
                        .withDetail("decider", streams.state())
                        .withDetail("readingDecisions", replies.isListening())
                        .build();
    }
}
