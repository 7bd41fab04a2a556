package news.wireline.kafka;

import java.util.Properties;
import java.util.UUID;
import java.util.function.BiConsumer;
import news.wireline.events.Topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes {@link LogReplica}s that connect like the service's own consumers do. While the broker is
 * unreachable a replica retries with the pauses used for any dependency outage ({@code retryDelay}
 * growing to {@code outageMaxDelay}); if one stops for good, the service's liveness goes to
 * {@code BROKEN}, so the orchestrator restarts it instead of leaving a view that no longer follows its topic.
 */
public final class LogReplicas {

    private final ConsumerFactory<Object, Object> consumerFactory;
    private final JsonMapper jsonMapper;
    private final LogReplica.Pauses pauses;
    private final ApplicationEventPublisher events;

    LogReplicas(
            ConsumerFactory<Object, Object> consumerFactory,
            JsonMapper jsonMapper,
            WirelineKafkaSettings settings,
            ApplicationEventPublisher events) {
        this.consumerFactory = consumerFactory;
        this.jsonMapper = jsonMapper;
        this.pauses = new LogReplica.Pauses(settings.retryDelay(), settings.outageMaxDelay());
        this.events = events;
    }

    public <V> LogReplica<V> of(Topic<V> topic, BiConsumer<String, V> handler) {
        return resuming(
                topic, ReplicaStart.fromBeginning(), (key, value, partition, offset) -> handler.accept(key, value));
    }

    /** A replica that starts where a view kept on disk had got to, and tells its handler each event's position. */
    public <V> LogReplica<V> resuming(Topic<V> topic, ReplicaStart start, ReplicaHandler<V> handler) {
        // Partitions are assigned, not subscribed, so the group id never joins a group or commits.
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        String clientId = "replica-" + topic.name() + "-" + UUID.randomUUID();
        Object source = "replica of " + topic.name();
        return new LogReplica<>(
                topic,
                () -> consumerFactory.createConsumer(null, clientId, null, overrides),
                jsonMapper,
                start,
                handler,
                pauses,
                () -> AvailabilityChangeEvent.publish(events, source, LivenessState.BROKEN));
    }
}
