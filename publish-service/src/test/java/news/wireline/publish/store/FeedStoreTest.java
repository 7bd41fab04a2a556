package news.wireline.publish.store;

import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.events.Timeline;
import news.wireline.local.LocalPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedStoreTest {

    static LocalPostgres postgres;
    static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    JdbcClient jdbc;
    FeedStore store;

    @BeforeAll
    static void startPostgres() {
        postgres = LocalPostgres.machineOrEmbedded();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                postgres.createDatabase("wireline_store"), postgres.user(), postgres.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        store = new FeedStore(jdbc, JsonMapper.builder().build());
    }

    @Test
    void firstVersionIsPublishedAndReadBack() {
        assertThat(store.store(story("a", 1, "Dam opens early"), NOON)).isEqualTo(StoreOutcome.PUBLISHED);

        StoredStory stored = store.find(StoryId.of("a")).orElseThrow();
        assertThat(stored.story().story().headline()).isEqualTo("Dam opens early");
        assertThat(stored.story().tags()).extracting(Tag::name).containsExactly("Rotterdam");
        assertThat(stored.publishedAt()).isEqualTo(NOON);
    }

    @Test
    void correctionReplacesEarlierVersionAndKeepsHistory() {
        store.store(story("a", 1, "Dam opens early"), NOON);

        StoreOutcome outcome = store.store(story("a", 2, "Dam opens two days early"), NOON.plusSeconds(60));

        assertThat(outcome).isEqualTo(StoreOutcome.UPDATED);
        StoredStory stored = store.find(StoryId.of("a")).orElseThrow();
        assertThat(stored.story().story().headline()).isEqualTo("Dam opens two days early");
        assertThat(stored.publishedAt()).isEqualTo(NOON);
        assertThat(stored.updatedAt()).isEqualTo(NOON.plusSeconds(60));
        assertThat(versionsKept("a")).containsExactly(1, 2);
    }

    @Test
    void olderVersionArrivingLateChangesNothing() {
        store.store(story("a", 3, "Third take"), NOON);

        assertThat(store.store(story("a", 2, "Second take"), NOON.plusSeconds(5))).isEqualTo(StoreOutcome.STALE);
        assertThat(store.find(StoryId.of("a")).orElseThrow().story().story().headline()).isEqualTo("Third take");
    }

    @Test
    void redeliveredVersionIsRecognisedAsCurrent() {
        store.store(story("a", 1, "Dam opens early"), NOON);

        assertThat(store.store(story("a", 1, "Dam opens early"), NOON.plusSeconds(5))).isEqualTo(StoreOutcome.ALREADY_CURRENT);
        assertThat(versionsKept("a")).containsExactly(1);
    }

    @Test
    void feedPagesNewestFirstWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            store.store(story("s" + i, 1, "Story " + i), NOON.plusSeconds(i));
        }

        List<StoredStory> first = store.newest(null, 2);
        List<StoredStory> second = store.newest(first.get(1).position(), 2);
        List<StoredStory> third = store.newest(second.get(1).position(), 2);

        assertThat(headlines(first)).containsExactly("Story 4", "Story 3");
        assertThat(headlines(second)).containsExactly("Story 2", "Story 1");
        assertThat(headlines(third)).containsExactly("Story 0");
    }

    @Test
    void hostileTextIsStoredVerbatim() {
        String headline = "Robert'); DROP TABLE story;-- <script>alert(1)</script>";
        store.store(story("x", 1, headline), NOON);

        assertThat(store.find(StoryId.of("x")).orElseThrow().story().story().headline()).isEqualTo(headline);
    }

    private List<Integer> versionsKept(String id) {
        return jdbc.sql("SELECT version FROM story_version WHERE story_id = :id ORDER BY version")
                .param("id", id).query(Integer.class).list();
    }

    private static List<String> headlines(List<StoredStory> stories) {
        return stories.stream().map(s -> s.story().story().headline()).toList();
    }

    private static StoryEnriched story(String id, int version, String headline) {
        Story story = new Story(headline, "World", 2, List.of(), List.of("First paragraph.", "Second paragraph."),
                List.of(), new Story.Byline(List.of("Ana Ruiz"), null), "en");
        return new StoryEnriched(StoryEnriched.SCHEMA_VERSION, StoryId.of(id), version, "test-desk", "hash-" + version,
                Release.usable(), story, List.of(new Tag("Rotterdam", Tag.TagType.PLACE, 0.9, 2)), List.of(),
                Timeline.receivedAt(NOON).ingestedAt(NOON).enrichedAt(NOON));
    }
}
