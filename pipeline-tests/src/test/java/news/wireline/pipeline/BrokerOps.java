package news.wireline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What ops would do with the Kafka admin tools during a replay, for the end-to-end tests. */
final class BrokerOps implements AutoCloseable {

    private final String bootstrapServers;
    private final Admin admin;

    BrokerOps(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Each partition's log end offset: it only grows, so equal offsets later mean nothing was written. */
    Map<TopicPartition, Long> endOffsets(String topic) throws ExecutionException, InterruptedException {
        return offsets(topic, OffsetSpec.latest());
    }

    /** Every committed record on the topic now, up to its end: a compacted topic has gaps, so offsets are no count. */
    List<ConsumerRecord<String, byte[]>> readToEnd(String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }

    /** How many records of {@code topic} the group has yet to commit. */
    long lag(String group, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        return endOffsets(topic).entrySet().stream()
                .mapToLong(end -> {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    return end.getValue() - (at == null ? 0 : at.offset());
                })
                .sum();
    }

    /** Moves the group back to the start of the topic; the group must have no members, so its consumers stopped first. */
    void rewindToEarliest(String group, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> earliest = offsets(topic, OffsetSpec.earliest()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, start -> new OffsetAndMetadata(start.getValue())));
        admin.alterConsumerGroupOffsets(group, earliest).all().get();
    }

    /**
     * Lets the log cleaner compact everything but the newest second of a compacted topic, as a
     * long-running broker eventually would: segments roll a second after their first record, and
     * any dirty segment is worth cleaning.
     */
    void compactEagerly(String topic) throws ExecutionException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        admin.incrementalAlterConfigs(Map.of(
                        resource,
                        List.of(
                                new AlterConfigOp(
                                        new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, "1000"),
                                        AlterConfigOp.OpType.SET),
                                new AlterConfigOp(
                                        new ConfigEntry(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.01"),
                                        AlterConfigOp.OpType.SET))))
                .all()
                .get();
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions =
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
        return admin
                .listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec)))
                .all()
                .get()
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, offset -> offset.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close();
    }
}
