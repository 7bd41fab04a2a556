package news.wireline.faults;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import news.wireline.events.Topics;
import news.wireline.local.LinkRevisions;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What arrived at the end of the pipeline for one run of stories: the feed store's rows, read
 * straight from PostgreSQL, and the published topic, read as a downstream read_committed consumer.
 */
final class DeliveryCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeliveryCheck() {}

    /** The feed store's current version of every story of {@code run}, once it holds what was accepted or the time is up. */
    static Map<String, Integer> awaitStore(
            FaultPipeline pipeline, String run, Map<String, Integer> expected, Duration timeout) {
        AtomicReference<Map<String, Integer>> stored = new AtomicReference<>(storedVersions(pipeline, run));
        try {
            await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(() -> {
                stored.set(storedVersions(pipeline, run));
                return stored.get().equals(expected);
            });
        } catch (ConditionTimeoutException unsettled) {
            // What the store holds by then is the answer: the caller's counts name what is missing.
        }
        return stored.get();
    }

    static Map<String, Integer> storedVersions(FaultPipeline pipeline, String run) {
        Map<String, Integer> versions = new HashMap<>();
        try (Connection connection =
                        DriverManager.getConnection(pipeline.postgres.url(), pipeline.postgres.user(), "");
                PreparedStatement query =
                        connection.prepareStatement("SELECT story_id, version FROM story WHERE story_id LIKE ?")) {
            query.setString(1, GeneratedStory.prefix(run) + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the feed store", e);
        }
        return versions;
    }

    /**
     * Every (id, version) the published topic holds for {@code run}, as "id@version", duplicates
     * included; a link revision's announcement is not a duplicate and is left out.
     */
    static List<String> published(FaultPipeline pipeline, String run, Set<String> expected, Duration timeout) {
        String prefix = GeneratedStory.prefix(run);
        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(
                pipeline.bootstrapServers(),
                Topics.PUBLISHED_NAME,
                timeout,
                seen -> new HashSet<>(pairs(seen, prefix)).containsAll(expected));
        return pairs(LinkRevisions.leftOut(records), prefix);
    }

    /** Dead letters of {@code run}'s stories; the topic is read for a few seconds, as it may well hold none. */
    static List<ConsumerRecord<String, byte[]>> deadLetters(FaultPipeline pipeline, String run) {
        String prefix = GeneratedStory.prefix(run);
        return TopicReader.read(
                        pipeline.bootstrapServers(), Topics.DEAD_LETTER_NAME, Duration.ofSeconds(5), seen -> false)
                .stream()
                .filter(record -> record.key() != null && record.key().startsWith(prefix))
                .toList();
    }

    private static List<String> pairs(List<ConsumerRecord<String, byte[]>> records, String prefix) {
        return records.stream()
                .filter(record -> record.key() != null && record.key().startsWith(prefix))
                .map(record -> record.key() + "@"
                        + JSON.readTree(new String(record.value(), StandardCharsets.UTF_8))
                                .get("version")
                                .asInt())
                .toList();
    }
}
