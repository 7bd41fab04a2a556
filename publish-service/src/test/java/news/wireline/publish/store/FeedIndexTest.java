package news.wireline.publish.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import news.wireline.events.StoryId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reader queries stay index range scans on a large store: no sort of the whole feed, no
 * sequential scan, at any page depth. The planner is asked, on a store filled with 50,000 stories.
 */
class FeedIndexTest {

    static final Instant DEEP = Instant.parse("2026-01-10T00:00:00Z");
    static StoreFixture store;

    @BeforeAll
    static void fillStore() {
        store = StoreFixture.fresh();
        store.jdbc().sql("""
                INSERT INTO story (story_id, version, desk, headline, section, content_hash, document, best_tags, state, urgency,
                                   first_published_at, updated_at)
                SELECT 's' || i, 1, 'desk', 'Story ' || i, (ARRAY['World', 'Business', 'Sport', 'Africa'])[1 + i % 4], 'h',
                       '{}'::jsonb, '[]'::jsonb, CASE WHEN i % 50 = 0 THEN 'WITHDRAWN' WHEN i % 70 = 0 THEN 'EMBARGOED' ELSE 'LIVE' END,
                       1 + i % 9, timestamptz '2026-01-01' + i * interval '1 minute', timestamptz '2026-01-01' + i * interval '1 minute'
                FROM generate_series(1, 50000) AS i""").update();
        store.jdbc().sql("""
                INSERT INTO story_tag (story_id, tag_key, name, type, confidence, mentions, rank, published_at)
                SELECT story_id, 'tag' || (substr(story_id, 2)::int % 40), 'Tag' || (substr(story_id, 2)::int % 40), 'PLACE', 0.5, 1, 0,
                       first_published_at
                FROM story""").update();
        store.jdbc().sql("ANALYZE").update();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void newestFirstWalksTheLiveIndex() {
        assertThat(plan(FeedQuery.newest(21))).contains("story_live_newest").doesNotContain("Sort", "Seq Scan");
    }

    @Test
    void aDeepPageStartsAtItsCursorInTheIndex() {
        FeedQuery deep = new FeedQuery(null, null, null, null, new FeedPosition(DEEP, StoryId.of("s9000")), 21);
        assertThat(plan(deep)).contains("Index Cond", "story_live_newest").doesNotContain("Sort", "Seq Scan");
    }

    @Test
    void aTagFeedWalksTheTagIndex() {
        FeedQuery tag = new FeedQuery("TAG7", null, null, null, new FeedPosition(DEEP, StoryId.of("s9000")), 21);
        assertThat(plan(tag)).contains("story_tag_newest").doesNotContain("Sort", "Seq Scan");
    }

    @Test
    void aSectionFeedWalksTheSectionIndex() {
        FeedQuery section = new FeedQuery(null, "sport", DEEP.minusSeconds(86_400), null, null, 21);
        assertThat(plan(section)).contains("story_live_section").doesNotContain("Sort", "Seq Scan");
    }

    @Test
    void theReleaseJobReadsOnlyEmbargoedRows() {
        String plan = String.join(
                "\n",
                store.jdbc()
                        .sql("""
                        EXPLAIN SELECT story_id FROM story WHERE state = 'EMBARGOED' AND embargoed_until <= :now
                        ORDER BY embargoed_until LIMIT 100 FOR UPDATE SKIP LOCKED""")
                        .param("now", Timestamp.from(DEEP))
                        .query(String.class)
                        .list());
        assertThat(plan).contains("story_embargo_due").doesNotContain("Seq Scan");
    }

    private static String plan(FeedQuery query) {
        JdbcClient.StatementSpec explain = FeedSql.bind(
                        store.jdbc().sql("EXPLAIN " + FeedSql.page(query, FeedSql.LISTING)), query)
                .param("limit", query.limit() + 1);
        return String.join("\n", explain.query(String.class).list());
    }
}
