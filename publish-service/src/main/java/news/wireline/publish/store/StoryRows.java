package news.wireline.publish.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.wireline.events.RelatedLink;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The write side's SQL: one story's rows in story, story_version, story_tag and story_related. */
@Component
class StoryRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StoryRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Serialises writers of one story until the transaction ends, including the first, which has no
     * row to lock yet; without it two instances could both take a new story for theirs during a rebalance.
     */
    void lock(StoryId id) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))")
                .param("id", id.value())
                .query()
                .singleRow();
    }

    void keepVersion(StoryEnriched story, Instant now) {
        jdbc.sql("""
                        INSERT INTO story_version (story_id, version, content_hash, document, stored_at)
                        VALUES (:id, :version, :hash, CAST(:document AS jsonb), :now)
                        ON CONFLICT (story_id, version) DO NOTHING""")
                .param("id", story.id().value())
                .param("version", story.version())
                .param("hash", story.contentHash())
                .param("document", json.writeValueAsString(story))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A re-enrichment's tags and links replace its version's, so the version's URL serves what its event announced. */
    void replaceVersion(StoryEnriched story) {
        jdbc.sql(
                        "UPDATE story_version SET document = CAST(:document AS jsonb) WHERE story_id = :id AND version = :version")
                .param("id", story.id().value())
                .param("version", story.version())
                .param("document", json.writeValueAsString(story))
                .update();
    }

    /** The current row, locked so the release job skips it until this transaction ends. */
    Optional<Current> current(StoryId id) {
        return jdbc.sql("SELECT version, state, first_published_at FROM story WHERE story_id = :id FOR UPDATE")
                .param("id", id.value())
                .query((rs, row) -> new Current(
                        rs.getInt("version"),
                        Visibility.valueOf(rs.getString("state")),
                        rs.getTimestamp("first_published_at").toInstant()))
                .optional();
    }

    StoryEnriched document(StoryId id) {
        return jdbc.sql("SELECT document FROM story WHERE story_id = :id")
                .param("id", id.value())
                .query((rs, row) -> json.readValue(rs.getString("document"), StoryEnriched.class))
                .single();
    }

    void upsert(StoryEnriched story, Visibility visibility, Instant publishedAt, String traceId, Instant now) {
        jdbc.sql("""
                        INSERT INTO story (story_id, version, desk, headline, section, content_hash, document, summary, best_tags, state,
                                           urgency, embargoed_until, withdrawn_at, trace_id, first_published_at, updated_at)
                        VALUES (:id, :version, :desk, :headline, :section, :hash, CAST(:document AS jsonb), :summary,
                                CAST(:bestTags AS jsonb), :state, :urgency, :embargoedUntil, :withdrawnAt, :traceId, :publishedAt, :now)
                        ON CONFLICT (story_id) DO UPDATE SET
                            version = EXCLUDED.version, desk = EXCLUDED.desk, headline = EXCLUDED.headline,
                            section = EXCLUDED.section, content_hash = EXCLUDED.content_hash, document = EXCLUDED.document,
                            summary = EXCLUDED.summary, best_tags = EXCLUDED.best_tags,
                            state = EXCLUDED.state, urgency = EXCLUDED.urgency, embargoed_until = EXCLUDED.embargoed_until,
                            withdrawn_at = EXCLUDED.withdrawn_at, trace_id = EXCLUDED.trace_id,
                            first_published_at = EXCLUDED.first_published_at, updated_at = EXCLUDED.updated_at""")
                .param("id", story.id().value())
                .param("version", story.version())
                .param("desk", story.desk())
                .param("headline", story.story().headline())
                .param("section", story.story().section())
                .param("hash", story.contentHash())
                .param("document", json.writeValueAsString(story))
                .param("summary", ListedStory.summaryOf(story.story()))
                .param("bestTags", json.writeValueAsString(ListedStory.bestTagsOf(story)))
                .param("state", visibility.name())
                .param("urgency", story.release().urgency())
                .param(
                        "embargoedUntil",
                        timestamp(
                                visibility == Visibility.EMBARGOED
                                        ? story.release().embargoedUntil()
                                        : null))
                .param("withdrawnAt", timestamp(visibility == Visibility.WITHDRAWN ? now : null))
                .param("traceId", traceId)
                .param("publishedAt", Timestamp.from(publishedAt))
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * One statement per story, the tags passed as one JSON array. Tags are matched without regard
     * to case, so a story tagged twice in different cases keeps the first.
     */
    void replaceTags(StoryId id, List<Tag> tags, Instant publishedAt) {
        jdbc.sql("DELETE FROM story_tag WHERE story_id = :id")
                .param("id", id.value())
                .update();
        jdbc.sql("""
                        INSERT INTO story_tag (story_id, tag_key, name, type, confidence, mentions, rank, published_at)
                        SELECT :id, lower(t.tag ->> 'name'), t.tag ->> 'name', t.tag ->> 'type',
                               (t.tag ->> 'confidence')::double precision, (t.tag ->> 'mentions')::integer, t.rank, :publishedAt
                        FROM jsonb_array_elements(CAST(:tags AS jsonb)) WITH ORDINALITY AS t(tag, rank)
                        ON CONFLICT DO NOTHING""")
                .param("id", id.value())
                .param("tags", json.writeValueAsString(tags))
                .param("publishedAt", Timestamp.from(publishedAt))
                .update();
    }

    void replaceRelated(StoryId id, List<RelatedLink> related) {
        jdbc.sql("DELETE FROM story_related WHERE story_id = :id")
                .param("id", id.value())
                .update();
        jdbc.sql("""
                        INSERT INTO story_related (story_id, rank, related_id, score, shared_tags)
                        SELECT :id, r.rank, r.link ->> 'id', (r.link ->> 'score')::double precision, r.link -> 'sharedTags'
                        FROM jsonb_array_elements(CAST(:related AS jsonb)) WITH ORDINALITY AS r(link, rank)""")
                .param("id", id.value())
                .param("related", json.writeValueAsString(related))
                .update();
    }

    /** Embargoed stories whose time has come by {@code now}, the database's time; those another instance is releasing are skipped, not waited for. */
    List<StoryId> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT story_id FROM story
                        WHERE state = 'EMBARGOED' AND embargoed_until <= :now
                        ORDER BY embargoed_until LIMIT :limit
                        FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> StoryId.of(rs.getString("story_id")))
                .list();
    }

    /** Makes an embargoed story live as of {@code now}: it enters the feeds at the top, as a new story does. */
    Released release(StoryId id, Instant now) {
        Released released = jdbc.sql("""
                        UPDATE story SET state = 'LIVE', embargoed_until = NULL, first_published_at = :now, updated_at = :now
                        WHERE story_id = :id
                        RETURNING document, trace_id""")
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Released(
                        json.readValue(rs.getString("document"), StoryEnriched.class), rs.getString("trace_id")))
                .single();
        jdbc.sql("UPDATE story_tag SET published_at = :now WHERE story_id = :id")
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .update();
        return released;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    record Current(int version, Visibility visibility, Instant publishedAt) {}

    record Released(StoryEnriched story, String traceId) {}
}
