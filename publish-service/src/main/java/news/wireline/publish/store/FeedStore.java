package news.wireline.publish.store;

import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The feed store. Writes are idempotent and ordered by version: replaying a version, or
 * delivering an older one late, never changes what readers see.
 */
@Repository
public class FeedStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FeedStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public StoreOutcome store(StoryEnriched story, Instant now) {
        String document = json.writeValueAsString(story);
        jdbc.sql("""
                        INSERT INTO story_version (story_id, version, content_hash, document, stored_at)
                        VALUES (:id, :version, :hash, CAST(:document AS jsonb), :now)
                        ON CONFLICT (story_id, version) DO NOTHING""")
                .param("id", story.id().value()).param("version", story.version())
                .param("hash", story.contentHash()).param("document", document).param("now", Timestamp.from(now))
                .update();
        List<Boolean> written = jdbc.sql("""
                        INSERT INTO story (story_id, version, desk, headline, section, content_hash, document,
                                           first_published_at, updated_at)
                        VALUES (:id, :version, :desk, :headline, :section, :hash, CAST(:document AS jsonb), :now, :now)
                        ON CONFLICT (story_id) DO UPDATE SET
                            version = EXCLUDED.version, desk = EXCLUDED.desk, headline = EXCLUDED.headline,
                            section = EXCLUDED.section, content_hash = EXCLUDED.content_hash,
                            document = EXCLUDED.document, updated_at = EXCLUDED.updated_at
                        WHERE story.version < EXCLUDED.version
                        RETURNING (xmax = 0) AS inserted""")
                .param("id", story.id().value()).param("version", story.version())
                .param("desk", story.desk()).param("headline", story.story().headline())
                .param("section", story.story().section()).param("hash", story.contentHash())
                .param("document", document).param("now", Timestamp.from(now))
                .query(Boolean.class).list();
        if (!written.isEmpty()) {
            return written.get(0) ? StoreOutcome.PUBLISHED : StoreOutcome.UPDATED;
        }
        return currentVersion(story.id()).filter(current -> current == story.version())
                .map(current -> StoreOutcome.ALREADY_CURRENT).orElse(StoreOutcome.STALE);
    }

    public Optional<Integer> currentVersion(StoryId id) {
        return jdbc.sql("SELECT version FROM story WHERE story_id = :id").param("id", id.value())
                .query(Integer.class).optional();
    }

    public Optional<StoredStory> find(StoryId id) {
        return jdbc.sql("SELECT document, first_published_at, updated_at FROM story WHERE story_id = :id")
                .param("id", id.value())
                .query((rs, row) -> toStored(rs.getString("document"), rs.getTimestamp("first_published_at"), rs.getTimestamp("updated_at")))
                .optional();
    }

    /** Newest first; {@code after} is the last story of the previous page, or null for the first page. */
    public List<StoredStory> newest(FeedPosition after, int limit) {
        JdbcClient.StatementSpec query = after == null
                ? jdbc.sql("""
                        SELECT document, first_published_at, updated_at FROM story
                        ORDER BY first_published_at DESC, story_id DESC LIMIT :limit""")
                : jdbc.sql("""
                        SELECT document, first_published_at, updated_at FROM story
                        WHERE (first_published_at, story_id) < (:at, :id)
                        ORDER BY first_published_at DESC, story_id DESC LIMIT :limit""")
                .param("at", Timestamp.from(after.publishedAt())).param("id", after.id().value());
        return query.param("limit", limit)
                .query((rs, row) -> toStored(rs.getString("document"), rs.getTimestamp("first_published_at"), rs.getTimestamp("updated_at")))
                .list();
    }

    private StoredStory toStored(String document, Timestamp publishedAt, Timestamp updatedAt) {
        return new StoredStory(json.readValue(document, StoryEnriched.class), publishedAt.toInstant(), updatedAt.toInstant());
    }
}
