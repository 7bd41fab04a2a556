package news.wireline.enrich.intake;

import java.nio.charset.StandardCharsets;
import news.wireline.events.StoryId;
import news.wireline.events.Topics;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Whether this instance enriches a story: it does if its ingested-topic listener holds the
 * partition the story's id is written to, found as the producer finds it. So each revision is
 * made by one instance of several, the one that enriches the story's next version too.
 */
final class StoryOwnership {

    private final KafkaListenerEndpointRegistry registry;
    private final KafkaTemplate<String, Object> kafka;
    private final String listenerId;

    StoryOwnership(KafkaListenerEndpointRegistry registry, KafkaTemplate<String, Object> kafka, String listenerId) {
        this.registry = registry;
        this.kafka = kafka;
        this.listenerId = listenerId;
    }

    boolean owns(StoryId id) {
        MessageListenerContainer listener = registry.getListenerContainer(listenerId);
        if (listener == null || listener.getAssignedPartitions() == null) {
            return false;
        }
        int partitions = kafka.partitionsFor(Topics.INGESTED_NAME).size();
        int partition = BuiltInPartitioner.partitionForKey(id.value().getBytes(StandardCharsets.UTF_8), partitions);
        return listener.getAssignedPartitions().contains(new TopicPartition(Topics.INGESTED_NAME, partition));
    }
}
