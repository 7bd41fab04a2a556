package news.wireline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A topic read from its start to its end as it stands, committed records only, grouped by story. */
final class StoryEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoryEvents() {}

    /** Each story's events on {@code topic}, in the order written. */
    static Map<String, List<JsonNode>> byStory(String bootstrapServers, String topic) {
        Map<String, List<JsonNode>> stories = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : read(bootstrapServers, topic)) {
            stories.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(JSON.readTree(record.value()));
        }
        return stories;
    }

    /** The links of each story's last enriched event. */
    static Map<String, JsonNode> latestLinks(String bootstrapServers, String topic) {
        Map<String, JsonNode> links = new LinkedHashMap<>();
        byStory(bootstrapServers, topic)
                .forEach((id, events) ->
                        links.put(id, events.get(events.size() - 1).get("related")));
        return links;
    }

    private static List<ConsumerRecord<String, byte[]>> read(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            }
        }
        return seen;
    }
}
