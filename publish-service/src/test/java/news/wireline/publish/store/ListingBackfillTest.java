package news.wireline.publish.store;

import static news.wireline.publish.Stories.NOON;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.util.Arrays;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.local.LocalPostgres;
import news.wireline.publish.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Stories stored before V4 are listed as if stored after it: the migration fills their listing from the document. */
class ListingBackfillTest {

    @Test
    void storiesStoredBeforeListingsExistedAreListedFromTheirDocuments() {
        LocalPostgres postgres = TestDatabase.server();
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(postgres.createDatabase("wireline_backfill"));
            dataSource.setUsername(postgres.user());
            dataSource.setPassword(postgres.password());
            Flyway.configure().dataSource(dataSource).target("3").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            JsonMapper json = JsonMapper.builder().build();
            Tag[] tags = new Tag[12];
            for (int n = 0; n < tags.length; n++) {
                tags[n] = place("Harbour " + n);
            }
            insertAsV3Did(
                    jdbc,
                    json,
                    story("old", "Locks reopen")
                            .body("Barges queue at the locks.", "More later.")
                            .tags(tags)
                            .enriched());
            insertAsV3Did(
                    jdbc,
                    json,
                    story("bare", "Untagged")
                            .body(new String[0])
                            .tags(new Tag[0])
                            .enriched());

            Flyway.configure().dataSource(dataSource).load().migrate();

            FeedReader reader = new FeedReader(jdbc, json);
            ListedStory old = reader.listing(FeedQuery.newest(10)).stories().stream()
                    .filter(listed -> listed.id().equals(StoryId.of("old")))
                    .findFirst()
                    .orElseThrow();
            assertThat(old.summary()).isEqualTo("Barges queue at the locks.");
            assertThat(old.bestTags().tags()).containsExactly(Arrays.copyOf(tags, ListedStory.BEST_TAGS));
            ListedStory bare = reader.listing(FeedQuery.newest(10)).stories().stream()
                    .filter(listed -> listed.id().equals(StoryId.of("bare")))
                    .findFirst()
                    .orElseThrow();
            assertThat(bare.summary()).isNull();
            assertThat(bare.bestTags().tags()).isEmpty();
        }
    }

    private static void insertAsV3Did(JdbcClient jdbc, JsonMapper json, StoryEnriched story) {
        jdbc.sql("""
                        INSERT INTO story (story_id, version, desk, headline, section, content_hash, document, state, urgency,
                                           first_published_at, updated_at)
                        VALUES (:id, 1, 'desk', :headline, 'World', 'h', CAST(:document AS jsonb), 'LIVE', 5, :at, :at)""")
                .param("id", story.id().value())
                .param("headline", story.story().headline())
                .param("document", json.writeValueAsString(story))
                .param("at", Timestamp.from(NOON))
                .update();
    }
}
