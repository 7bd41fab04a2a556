package news.wireline.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A topic read from its start to its end as it stands, committed records only, grouped by story. */
final class StoryEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoryEvents() {}

    /** Each story's events on {@code topic}, in the order written. */
    static Map<String, List<JsonNode>> byStory(String bootstrapServers, String topic) {
        Map<String, List<JsonNode>> stories = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readToEnd(bootstrapServers, topic)) {
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
}
