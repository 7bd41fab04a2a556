package news.wireline.kafka;

import news.wireline.events.Topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.util.Properties;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Makes {@link LogReplica}s that connect like the service's own consumers do. */
public final class LogReplicas {

    private final ConsumerFactory<Object, Object> consumerFactory;
    private final JsonMapper jsonMapper;

    LogReplicas(ConsumerFactory<Object, Object> consumerFactory, JsonMapper jsonMapper) {
        this.consumerFactory = consumerFactory;
        this.jsonMapper = jsonMapper;
    }

    public <V> LogReplica<V> of(Topic<V> topic, BiConsumer<String, V> handler) {
        // Partitions are assigned, not subscribed, so the group id never joins a group or commits.
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        String clientId = "replica-" + topic.name() + "-" + UUID.randomUUID();
        return new LogReplica<>(topic, () -> consumerFactory.createConsumer(null, clientId, null, overrides),
                jsonMapper, handler);
    }
}
