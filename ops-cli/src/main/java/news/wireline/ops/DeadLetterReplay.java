package news.wireline.ops;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import news.wireline.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;

/**
 * Sends dead letters back to the topic they failed on, after the cause has been fixed: same key,
 * same value, the story's own headers, without the failure headers. Only the stage that failed
 * sees them again, and it handles them as if they had just arrived.
 *
 * <pre>java -jar ops-cli-exec.jar --bootstrap-servers kafka:9092 [--reason PROCESSING_FAILED] [--since 2026-11-25T00:00:00Z] [--dry-run]</pre>
 */
public final class DeadLetterReplay {

    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    private static final Set<String> REPLAYABLE_TOPICS =
            Set.of(Topics.RAW_NAME, Topics.INGESTED_NAME, Topics.ENRICHED_NAME);

    private final String bootstrapServers;

    public DeadLetterReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static void main(String[] args) {
        ReplayOptions options = ReplayOptions.parse(args);
        Report report = new DeadLetterReplay(options.bootstrapServers()).replay(options.selection(), options.dryRun());
        System.out.println(report);
    }

    /** Replays every dead letter the selection accepts; with {@code dryRun} only counts them. */
    public Report replay(Predicate<ConsumerRecord<byte[], byte[]>> selection, boolean dryRun) {
        int read = 0;
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTER_NAME).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream()
                    .anyMatch(partition -> consumer.position(partition)
                            < Objects.requireNonNull(ends.get(partition), "endOffsets answers for every partition"))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                    String original = header(record, ORIGINAL_TOPIC);
                    if (original != null && REPLAYABLE_TOPICS.contains(original) && selection.test(record)) {
                        replayed++;
                        if (!dryRun) {
                            producer.send(replayOf(record, original));
                        }
                    }
                }
            }
            producer.flush();
        }
        return new Report(read, replayed, dryRun);
    }

    /** The record as it was before it failed: the failure headers stay behind in the dead-letter topic. */
    private static ProducerRecord<byte[], byte[]> replayOf(ConsumerRecord<byte[], byte[]> dead, String topic) {
        ProducerRecord<byte[], byte[]> replay = new ProducerRecord<>(topic, dead.key(), dead.value());
        for (Header header : dead.headers()) {
            if (!header.key().startsWith("kafka_dlt-") && !header.key().startsWith("wireline-reject-")) {
                replay.headers().add(header);
            }
        }
        return replay;
    }

    /** The header's last value, or null when the record has none. */
    static @Nullable String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "wireline-dead-letter-replay-" + Instant.now().toEpochMilli()),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    public record Report(int read, int replayed, boolean dryRun) {
        @Override
        public String toString() {
            return "dead letters read: %d, %s: %d".formatted(read, dryRun ? "would replay" : "replayed", replayed);
        }
    }
}
