package news.wireline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.LinkRevisions;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the topics say became of a set of story ids, read as a downstream consumer reads them:
 * the versions ingest accepted, the versions published, the dead letters written after ingest
 * (by story id) and ingest's own refusals of raw-topic records (by hostile case name).
 *
 * @param ingested          story id to the versions on the ingested topic
 * @param published         story id to the versions announced on the published topic, once per record
 * @param deadLetteredLater story id to the stage and reason of each dead letter from enrich or publish
 * @param refusedByIngest   hostile case name to ingest's reject code
 */
record TopicLedger(
        Map<String, List<Integer>> ingested,
        Map<String, List<Integer>> published,
        Map<String, List<String>> deadLetteredLater,
        Map<String, String> refusedByIngest) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

    static TopicLedger read(String bootstrapServers, Set<String> ids) {
        Map<String, List<Integer>> ingested = versions(all(bootstrapServers, Topics.INGESTED_NAME), ids);
        Map<String, List<Integer>> published =
                versions(LinkRevisions.leftOut(all(bootstrapServers, Topics.PUBLISHED_NAME)), ids);
        Map<String, List<String>> later = new HashMap<>();
        Map<String, String> refused = new HashMap<>();
        for (ConsumerRecord<String, byte[]> letter : all(bootstrapServers, Topics.DEAD_LETTER_NAME)) {
            String origin = HostileDoors.header(letter, ORIGINAL_TOPIC);
            String name = HostileDoors.header(letter, HostileDoors.CASE_HEADER);
            if (Topics.RAW_NAME.equals(origin) && name != null) {
                refused.put(name, HostileDoors.header(letter, Headers.REJECT_CODE));
            } else if (letter.key() != null && ids.contains(letter.key())) {
                later.computeIfAbsent(letter.key(), key -> new ArrayList<>())
                        .add(origin + " " + HostileDoors.header(letter, Headers.REJECT_CODE) + ": "
                                + HostileDoors.header(letter, Headers.REJECT_MESSAGE));
            }
        }
        return new TopicLedger(ingested, published, later, refused);
    }

    /** Every ingested story is published or dead-lettered after ingest. */
    boolean settled() {
        return ingested.keySet().stream()
                .allMatch(id -> published.containsKey(id) || deadLetteredLater.containsKey(id));
    }

    private static Map<String, List<Integer>> versions(List<ConsumerRecord<String, byte[]>> records, Set<String> ids) {
        Map<String, List<Integer>> versions = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key() != null && ids.contains(record.key()) && record.value() != null) {
                versions.computeIfAbsent(record.key(), key -> new ArrayList<>())
                        .add(JSON.readTree(record.value()).path("version").asInt(-1));
            }
        }
        return versions;
    }

    private static List<ConsumerRecord<String, byte[]>> all(String bootstrapServers, String topic) {
        return TopicReader.read(bootstrapServers, topic, Duration.ofSeconds(3), read -> false);
    }
}
