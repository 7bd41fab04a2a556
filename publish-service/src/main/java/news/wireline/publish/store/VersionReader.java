package news.wireline.publish.store;

import java.util.Optional;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Any stored version of a story: every version is kept (story_version), so an event's version URL keeps its content. */
@Repository
public class VersionReader {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LiveLinks links;

    VersionReader(JdbcClient jdbc, JsonMapper json, LiveLinks links) {
        this.jdbc = jdbc;
        this.json = json;
        this.links = links;
    }

    /** The version with its related links cut to those readers can see now. */
    public Optional<StoredVersion> find(StoryId id, int version) {
        return stored(id, version)
                .map(stored -> stored.withRelated(links.among(stored.story().related())));
    }

    private Optional<StoredVersion> stored(StoryId id, int version) {
        return jdbc.sql("""
                        SELECT v.document, v.stored_at, s.state FROM story_version v
                        JOIN story s ON s.story_id = v.story_id
                        WHERE v.story_id = :id AND v.version = :version""")
                .param("id", id.value())
                .param("version", version)
                .query((rs, row) -> new StoredVersion(
                        json.readValue(rs.getString("document"), StoryEnriched.class),
                        Visibility.valueOf(rs.getString("state")),
                        rs.getTimestamp("stored_at").toInstant()))
                .optional();
    }
}
