package news.wireline.local;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells apart, on the published topic, the announcements of link revisions: enrich emits a
 * story's version again when an earlier-ingested story reached it late, and publish announces
 * that as {@code UPDATED} at the same version (docs/enrichment.md, "How links converge"). A
 * revision carries a later {@code timeline.enriched} than every earlier announcement of its
 * version; a record sent twice carries the same one, so it is still counted twice.
 */
public final class LinkRevisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LinkRevisions() {}

    /** The records, in order, without the announcements of revisions. */
    public static List<ConsumerRecord<String, byte[]>> leftOut(List<ConsumerRecord<String, byte[]>> published) {
        Map<String, Set<String>> enrichedTimes = new HashMap<>();
        return published.stream()
                .filter(record -> {
                    if (record.key() == null || record.value() == null) {
                        return true;
                    }
                    JsonNode event = JSON.readTree(record.value());
                    String version = record.key() + "@" + event.path("version").asInt(-1);
                    String enriched = event.path("timeline").path("enriched").asString("");
                    Set<String> seen = enrichedTimes.computeIfAbsent(version, key -> new HashSet<>());
                    boolean revision = "UPDATED".equals(event.path("change").asString(""))
                            && !seen.isEmpty()
                            && !seen.contains(enriched);
                    seen.add(enriched);
                    return !revision;
                })
                .toList();
    }
}
