package news.wireline.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A plain kafka-clients reader, as a downstream consumer would be: no Spring, committed records only. */
public final class TopicReader {

    private TopicReader() {}

    /** Every committed record of the topic, read from its start to the end it had when reading began. */
    public static List<ConsumerRecord<String, byte[]>> readToEnd(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = committedReader(bootstrapServers)) {
            List<TopicPartition> partitions = fromTheStart(consumer, topic);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream()
                    .anyMatch(partition -> consumer.position(partition) < ends.getOrDefault(partition, 0L))) {
                consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            }
        }
        return seen;
    }

    /** Reads the topic from the start until {@code enough} holds for what was read, or the timeout passes. */
    public static List<ConsumerRecord<String, byte[]>> read(
            String bootstrapServers,
            String topic,
            Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = committedReader(bootstrapServers)) {
            fromTheStart(consumer, topic);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!enough.test(seen) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        return seen;
    }

    public static List<ConsumerRecord<String, byte[]>> withKey(
            List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(record -> key.equals(record.key())).toList();
    }

    private static KafkaConsumer<String, byte[]> committedReader(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> fromTheStart(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }
}
