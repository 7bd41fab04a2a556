package news.wireline.publish.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What readers may see: live stories page by page, any one story with its state, and related links that lead somewhere. */
@Repository
public class FeedReader {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FeedReader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A page of whole stories, for the formats that carry each story in full. */
    public StoryPage<StoredStory> page(FeedQuery query) {
        return page(query, FeedSql.COLUMNS, (rs, row) -> stored(rs), StoredStory::position, StoredStory::withRelated);
    }

    /** A page of listings, for the feed and the pages that list stories. */
    public StoryPage<ListedStory> listing(FeedQuery query) {
        return page(query, FeedSql.LISTING, (rs, row) -> listed(rs), ListedStory::position, ListedStory::withRelated);
    }

    /** The story in whatever state it is; callers decide what a reader is shown of one that is not live. */
    public Optional<StoredStory> find(StoryId id) {
        return jdbc.sql("SELECT " + FeedSql.COLUMNS + " FROM story s WHERE s.story_id = :id")
                .param("id", id.value())
                .query((rs, row) -> stored(rs))
                .optional()
                .map(story -> withRelated(List.of(story), StoredStory::position, StoredStory::withRelated)
                        .get(0));
    }

    /** A tag's name as the newest live story spells it, or empty when no live story has it. */
    public Optional<String> tagName(String tag) {
        return jdbc.sql("""
                        SELECT t.name FROM story_tag t JOIN story s ON s.story_id = t.story_id
                        WHERE t.tag_key = lower(:tag) AND s.state = 'LIVE'
                        ORDER BY t.published_at DESC, t.story_id DESC LIMIT 1""").param("tag", tag).query(String.class).optional();
    }

    private <T> StoryPage<T> page(
            FeedQuery query,
            String columns,
            RowMapper<T> rows,
            Function<T, FeedPosition> position,
            BiFunction<T, List<LiveLink>, T> withRelated) {
        // One row more than asked for tells whether there is a next page without counting.
        JdbcClient.StatementSpec sql =
                FeedSql.bind(jdbc.sql(FeedSql.page(query, columns)), query).param("limit", query.limit() + 1);
        List<T> stories = sql.query(rows).list();
        if (stories.size() <= query.limit()) {
            return new StoryPage<>(withRelated(stories, position, withRelated), null);
        }
        List<T> page = stories.subList(0, query.limit());
        return new StoryPage<>(withRelated(page, position, withRelated), position.apply(page.get(page.size() - 1)));
    }

    private <T> List<T> withRelated(
            List<T> stories, Function<T, FeedPosition> position, BiFunction<T, List<LiveLink>, T> withRelated) {
        if (stories.isEmpty()) {
            return stories;
        }
        Map<String, List<LiveLink>> links = new HashMap<>();
        jdbc.sql("""
                        SELECT r.story_id, r.related_id, s.headline, r.score, r.shared_tags FROM story_related r
                        JOIN story s ON s.story_id = r.related_id AND s.state = 'LIVE'
                        WHERE r.story_id IN (:ids) ORDER BY r.story_id, r.rank""")
                .param(
                        "ids",
                        stories.stream()
                                .map(story -> position.apply(story).id().value())
                                .toList())
                .query(rs -> {
                    links.computeIfAbsent(rs.getString("story_id"), id -> new ArrayList<>())
                            .add(new LiveLink(
                                    StoryId.of(rs.getString("related_id")),
                                    rs.getString("headline"),
                                    rs.getDouble("score"),
                                    json.readValue(rs.getString("shared_tags"), NAMES)));
                });
        return stories.stream()
                .map(story -> withRelated.apply(
                        story, links.getOrDefault(position.apply(story).id().value(), List.of())))
                .toList();
    }

    private StoredStory stored(ResultSet rs) throws SQLException {
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        return new StoredStory(
                json.readValue(rs.getString("document"), StoryEnriched.class),
                Visibility.valueOf(rs.getString("state")),
                rs.getTimestamp("first_published_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                withdrawnAt == null ? null : withdrawnAt.toInstant(),
                List.of());
    }

    private ListedStory listed(ResultSet rs) throws SQLException {
        return new ListedStory(
                StoryId.of(rs.getString("story_id")),
                rs.getInt("version"),
                rs.getString("headline"),
                rs.getString("section"),
                rs.getString("summary"),
                rs.getString("desk"),
                rs.getInt("urgency"),
                rs.getTimestamp("first_published_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                new ListedTags(rs.getString("best_tags")),
                List.of());
    }
}
