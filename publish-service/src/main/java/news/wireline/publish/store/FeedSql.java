package news.wireline.publish.store;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The text of a feed page query, put together from fixed fragments for the filters a query uses;
 * values are always bound, never written in. Each shape walks one index of V2 in its order:
 * story_tag_newest for a tag, story_live_section for a section, story_live_newest otherwise.
 */
final class FeedSql {

    /** A whole story, for a page that shows all of each (syndication) or for one story. */
    static final String COLUMNS = "s.story_id, s.document, s.state, s.first_published_at, s.updated_at, s.withdrawn_at";
    /** A story's listing, for a page that lists stories: no document. */
    static final String LISTING =
            "s.story_id, s.version, s.headline, s.section, s.summary, s.desk, s.urgency, s.best_tags, "
                    + "s.first_published_at, s.updated_at";

    private FeedSql() {}

    static String page(FeedQuery query, String columns) {
        boolean byTag = query.tag() != null;
        // For a tag the order comes from story_tag, whose published_at is a copy of the story's.
        String at = byTag ? "t.published_at" : "s.first_published_at";
        String id = byTag ? "t.story_id" : "s.story_id";
        StringBuilder sql = new StringBuilder("SELECT ").append(columns);
        sql.append(
                byTag
                        ? " FROM story_tag t JOIN story s ON s.story_id = t.story_id WHERE t.tag_key = lower(:tag) AND s.state = 'LIVE'"
                        : " FROM story s WHERE s.state = 'LIVE'");
        if (query.section() != null) {
            sql.append(" AND lower(s.section) = lower(:section)");
        }
        if (query.since() != null) {
            sql.append(" AND ").append(at).append(" >= :since");
        }
        if (query.urgent() != null) {
            sql.append(" AND s.urgency <= :urgent");
        }
        if (query.after() != null) {
            sql.append(" AND (").append(at).append(", ").append(id).append(") < (:afterAt, :afterId)");
        }
        return sql.append(" ORDER BY ")
                .append(at)
                .append(" DESC, ")
                .append(id)
                .append(" DESC LIMIT :limit")
                .toString();
    }

    /** Binds the filter values of {@code query} to the parameters {@link #page} named; the limit is the caller's. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, FeedQuery query) {
        if (query.tag() != null) {
            sql = sql.param("tag", query.tag());
        }
        if (query.section() != null) {
            sql = sql.param("section", query.section());
        }
        if (query.since() != null) {
            sql = sql.param("since", Timestamp.from(query.since()));
        }
        if (query.urgent() != null) {
            sql = sql.param("urgent", query.urgent());
        }
        if (query.after() != null) {
            sql = sql.param("afterAt", Timestamp.from(query.after().publishedAt()))
                    .param("afterId", query.after().id().value());
        }
        return sql;
    }
}
