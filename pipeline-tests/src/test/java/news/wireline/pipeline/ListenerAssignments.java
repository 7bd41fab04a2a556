package news.wireline.pipeline;

import java.util.Collection;
import java.util.Objects;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/** Which partitions of a topic a running service instance's listeners hold right now. */
final class ListenerAssignments {

    private ListenerAssignments() {}

    static Collection<TopicPartition> of(ConfigurableApplicationContext instance, String topic) {
        return instance.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().stream()
                .map(MessageListenerContainer::getAssignedPartitions)
                .filter(Objects::nonNull)
                .flatMap(Collection::stream)
                .filter(partition -> partition.topic().equals(topic))
                .toList();
    }
}
