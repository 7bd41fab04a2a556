package news.wireline.publish.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import news.wireline.events.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Change stamps of what readers are shown, so a conditional GET is answered from the store without
 * reading, rendering or hashing a document. A row's {@code xmin}, the transaction that wrote its
 * current version, changes with every write to it, clock or no clock: the story row with each
 * version, re-enrichment, release and withdrawal (its tags and links are rewritten in the same
 * transaction), a related story's row whenever its headline or state can change.
 *
 * <p>A caller reads the stamp before the answer: a write in between then makes the answer newer
 * than its stamp, never older, so the next conditional GET is answered in full rather than wrongly 304.
 */
@Repository
public class ChangeStamps {

    /** The current related links of the story the argument names, each with its target's row version (none while it is not stored). */
    private static final String LINKS = """
            SELECT string_agg(r.related_id || '=' || coalesce(l.xmin::text, ''), ',' ORDER BY r.rank) AS links,
                   max(l.updated_at) AS links_changed
            FROM story_related r LEFT JOIN story l ON l.story_id = r.related_id WHERE r.story_id = %1$s.story_id""";

    private final JdbcClient jdbc;

    ChangeStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamp of a live story as the story URLs show it; empty when readers cannot see it. */
    public Optional<ChangeStamp> story(StoryId id) {
        return jdbc.sql("""
                        SELECT md5(s.xmin::text || '|' || coalesce(k.links, '')) AS digest,
                               greatest(s.first_published_at, s.updated_at, k.links_changed) AS changed
                        FROM story s, LATERAL (%s) k
                        WHERE s.story_id = :id AND s.state = 'LIVE'""".formatted(LINKS.formatted("s")))
                .param("id", id.value())
                .query((rs, row) -> stamp(rs))
                .optional();
    }

    /** The stamp of a version of a live story, with the links that version made; empty when readers cannot see it. */
    public Optional<ChangeStamp> version(StoryId id, int version) {
        return jdbc.sql("""
                        SELECT md5(v.xmin::text || '|' || coalesce(k.links, '')) AS digest,
                               greatest(v.stored_at, k.links_changed) AS changed
                        FROM story_version v JOIN story s ON s.story_id = v.story_id AND s.state = 'LIVE',
                        LATERAL (SELECT string_agg(r.link ->> 'id' || '=' || coalesce(l.xmin::text, ''), ',' ORDER BY r.n) AS links,
                                        max(l.updated_at) AS links_changed
                                 FROM jsonb_array_elements(v.document -> 'related') WITH ORDINALITY AS r(link, n)
                                 LEFT JOIN story l ON l.story_id = r.link ->> 'id') k
                        WHERE v.story_id = :id AND v.version = :version""")
                .param("id", id.value())
                .param("version", version)
                .query((rs, row) -> stamp(rs))
                .optional();
    }

    /**
     * The stamp of a page of {@code query}, with the story after it (whether there is a next page).
     * It has no time: a story leaving a page (withdrawn, retagged, moved to another section) leaves
     * no row on it to date the change by.
     */
    public ChangeStamp page(FeedQuery query) {
        String sql =
                """
                SELECT md5(coalesce(string_agg(p.story_id || '=' || p.row_version || '|' || coalesce(k.links, ''), ','
                                               ORDER BY p.story_id), '')) AS digest
                FROM (%s) p, LATERAL (%s) k""".formatted(FeedSql.page(query, "s.story_id, s.xmin::text AS row_version"), LINKS.formatted("p"));
        String digest = FeedSql.bind(jdbc.sql(sql), query)
                .param("limit", query.limit() + 1)
                .query(String.class)
                .single();
        return new ChangeStamp(digest, null);
    }

    private static ChangeStamp stamp(ResultSet rs) throws SQLException {
        Timestamp changed = rs.getTimestamp("changed");
        return new ChangeStamp(rs.getString("digest"), changed == null ? null : changed.toInstant());
    }
}
