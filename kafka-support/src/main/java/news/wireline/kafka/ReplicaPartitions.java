package news.wireline.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which partitions of its topic a {@link LogReplica} reads, and where it has got to in each, kept
 * across reconnections so a replica that lost the broker resumes instead of handling its history
 * again. Used by the replica's thread only, but {@link #count()}, read by health checks.
 */
final class ReplicaPartitions {

    private static final Logger log = LoggerFactory.getLogger(ReplicaPartitions.class);

    private final String topic;
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private List<TopicPartition> assigned = List.of();
    private volatile int count;

    ReplicaPartitions(String topic) {
        this.topic = topic;
    }

    /** Starts where a view kept on disk had got to: the next offset by partition number. */
    void resumeFrom(Map<Integer, Long> offsets) {
        offsets.forEach((partition, offset) -> next.put(new TopicPartition(topic, partition), offset));
    }

    /** Forgets every position: each partition is read from its start on the next assignment. */
    void forget() {
        next.clear();
    }

    /** Assigns {@code partitions} to a new connection: each from where the replica had got to, or from its start. */
    void assign(Consumer<Object, Object> kafka, List<TopicPartition> partitions) {
        kafka.assign(partitions);
        for (TopicPartition partition : partitions) {
            Long from = next.get(partition);
            if (from == null) {
                kafka.seekToBeginning(List.of(partition));
            } else {
                kafka.seek(partition, from);
            }
        }
        assigned = partitions;
        count = partitions.size();
    }

    void handled(ConsumerRecord<Object, Object> record) {
        next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
    }

    /**
     * A partition added to the topic holds only records written since it was added; it is read
     * from its start and the others go on. The client's metadata, refreshed each
     * {@code metadata.max.age.ms}, is where it shows up.
     */
    void addNew(Consumer<Object, Object> kafka) {
        List<TopicPartition> now = of(kafka.partitionsFor(topic));
        if (now.size() <= assigned.size()) {
            return;
        }
        List<TopicPartition> added =
                now.stream().filter(partition -> !assigned.contains(partition)).toList();
        kafka.assign(now);
        kafka.seekToBeginning(added);
        assigned = now;
        count = now.size();
        log.info("replica of {} reads {} partitions now; new ones read from the start: {}", topic, now.size(), added);
    }

    int count() {
        return count;
    }

    static List<TopicPartition> of(List<PartitionInfo> infos) {
        return infos == null
                ? List.of()
                : infos.stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
    }
}
