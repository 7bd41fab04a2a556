package news.wireline.enrich.intake;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import news.wireline.events.StoryId;
import news.wireline.events.Topics;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Whether this instance enriches a story: it does if its ingested-topic listener holds the
 * partition the story's id is written to, found as the producer finds it. So each revision is
 * made by one instance of several, the one that enriches the story's next version too. The
 * partition count is the enriched topic's, as the corpus replica reads it: the topics are created
 * and grown together (docs/operations.md), and asking the broker would cost a round trip a round.
 */
final class StoryOwnership {

    private final KafkaListenerEndpointRegistry registry;
    private final IntSupplier partitions;
    private final String listenerId;

    StoryOwnership(KafkaListenerEndpointRegistry registry, IntSupplier partitions, String listenerId) {
        this.registry = registry;
        this.partitions = partitions;
        this.listenerId = listenerId;
    }

    /** The listener's partitions now; empty before its first assignment. */
    Collection<TopicPartition> assigned() {
        MessageListenerContainer listener = registry.getListenerContainer(listenerId);
        Collection<TopicPartition> assigned = listener == null ? null : listener.getAssignedPartitions();
        return assigned == null ? List.of() : assigned;
    }

    /** Which stories this instance enriches, as its listener's partitions stand now: asked once a round, not once a story. */
    Predicate<StoryId> now() {
        Collection<TopicPartition> assigned = assigned();
        int count = partitions.getAsInt();
        if (assigned.isEmpty() || count == 0) {
            return id -> false;
        }
        return id -> assigned.contains(new TopicPartition(
                Topics.INGESTED_NAME,
                BuiltInPartitioner.partitionForKey(id.value().getBytes(StandardCharsets.UTF_8), count)));
    }
}
