package news.wireline.publish.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import news.wireline.events.RelatedLink;
import news.wireline.events.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Related links as readers may see them: only to stories that are live now, with their current
 * headlines. A link enrichment made to a story killed since must not hand its headline on, in an
 * event any more than on a page.
 */
@Component
class LiveLinks {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LiveLinks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The current version's links, best first, as stored with it. */
    List<RelatedLink> of(StoryId id) {
        return jdbc.sql("""
                        SELECT r.related_id, s.headline, r.score, r.shared_tags FROM story_related r
                        JOIN story s ON s.story_id = r.related_id AND s.state = 'LIVE'
                        WHERE r.story_id = :id ORDER BY r.rank""")
                .param("id", id.value())
                .query((rs, row) -> new RelatedLink(
                        StoryId.of(rs.getString("related_id")),
                        rs.getString("headline"),
                        rs.getDouble("score"),
                        json.readValue(rs.getString("shared_tags"), NAMES)))
                .list();
    }

    /** Those of {@code links} that lead to a live story, in their order, each with that story's headline now. */
    List<RelatedLink> among(List<RelatedLink> links) {
        if (links.isEmpty()) {
            return links;
        }
        Map<String, String> live = jdbc
                .sql("SELECT story_id, headline FROM story WHERE story_id IN (:ids) AND state = 'LIVE'")
                .param("ids", links.stream().map(link -> link.id().value()).toList())
                .query((rs, row) -> Map.entry(rs.getString("story_id"), rs.getString("headline")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return links.stream()
                .filter(link -> live.containsKey(link.id().value()))
                .map(link -> new RelatedLink(
                        link.id(),
                        Objects.requireNonNull(live.get(link.id().value()), "kept only when live"),
                        link.score(),
                        link.sharedTags()))
                .toList();
    }
}
