package news.wireline.publish.store;

import static news.wireline.publish.Stories.NOON;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.publish.Stories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StoryWriterTest extends StoreTest {

    @Test
    void firstVersionIsPublishedAndAnnounced() {
        assertThat(store.writer().store(story("a", "Dam opens early").enriched(), "trace-1", NOON))
                .isEqualTo(StoreOutcome.PUBLISHED);

        StoredStory stored = store.reader().find(StoryId.of("a")).orElseThrow();
        assertThat(stored.visibility()).isEqualTo(Visibility.LIVE);
        assertThat(stored.story().story().headline()).isEqualTo("Dam opens early");
        assertThat(stored.publishedAt()).isEqualTo(NOON);
        assertThat(store.announced()).containsExactly("PUBLISHED a@1");
        assertThat(store.jdbc()
                        .sql("SELECT desk || ' ' || trace_id FROM outbox")
                        .query(String.class)
                        .single())
                .isEqualTo("test-desk trace-1");
    }

    @Test
    void correctionReplacesEarlierVersionKeepsHistoryAndIsAnnouncedAsAnUpdate() {
        Stories first = story("a", "Dam opens early");
        store.writer().store(first.enriched(), "t1", NOON);

        StoreOutcome outcome = store.writer()
                .store(first.version(2).headline("Dam opens two days early").enriched(), "t2", NOON.plusSeconds(60));

        assertThat(outcome).isEqualTo(StoreOutcome.UPDATED);
        StoredStory stored = store.reader().find(StoryId.of("a")).orElseThrow();
        assertThat(stored.story().story().headline()).isEqualTo("Dam opens two days early");
        assertThat(stored.publishedAt()).isEqualTo(NOON);
        assertThat(stored.updatedAt()).isEqualTo(NOON.plusSeconds(60));
        assertThat(store.versionsKept("a")).containsExactly(1, 2);
        assertThat(store.announced()).containsExactly("PUBLISHED a@1", "UPDATED a@2");
    }

    @Test
    void olderVersionArrivingLateIsKeptInHistoryButNeitherShownNorAnnounced() {
        store.writer().store(story("a", "Third take").version(3).enriched(), null, NOON);

        assertThat(store.writer().store(story("a", "Second take").version(2).enriched(), null, NOON.plusSeconds(5)))
                .isEqualTo(StoreOutcome.STALE);
        assertThat(store.reader()
                        .find(StoryId.of("a"))
                        .orElseThrow()
                        .story()
                        .story()
                        .headline())
                .isEqualTo("Third take");
        assertThat(store.announced()).containsExactly("PUBLISHED a@3");
        assertThat(store.versionsKept("a")).containsExactly(2, 3);
    }

    @Test
    void redeliveredVersionIsRecognisedAsCurrentAndNotAnnouncedAgain() {
        store.writer().store(story("a", "Dam opens early").enriched(), null, NOON);

        assertThat(store.writer().store(story("a", "Dam opens early").enriched(), null, NOON.plusSeconds(5)))
                .isEqualTo(StoreOutcome.ALREADY_CURRENT);
        assertThat(store.versionsKept("a")).containsExactly(1);
        assertThat(store.announced()).containsExactly("PUBLISHED a@1");
    }

    @Test
    void killWithdrawsTheStoryKeepsItsHistoryAndAnnouncesWhatReadersSaw() {
        Stories dam = story("a", "Dam opens early").tags(place("Rotterdam"), place("Netherlands"));
        store.writer().store(dam.enriched(), null, NOON);

        assertThat(store.writer().store(dam.killed().enriched(), "kill-trace", NOON.plusSeconds(90)))
                .isEqualTo(StoreOutcome.WITHDRAWN);

        StoredStory stored = store.reader().find(StoryId.of("a")).orElseThrow();
        assertThat(stored.visibility()).isEqualTo(Visibility.WITHDRAWN);
        assertThat(stored.withdrawnAt()).isEqualTo(NOON.plusSeconds(90));
        assertThat(store.reader().page(FeedQuery.newest(10)).stories()).isEmpty();
        assertThat(store.reader()
                        .page(FeedQuery.newest(10).withTag("Rotterdam"))
                        .stories())
                .isEmpty();
        assertThat(store.versionsKept("a")).containsExactly(1, 2);
        assertThat(store.announced()).containsExactly("PUBLISHED a@1", "WITHDRAWN a@2");
        JsonNode withdrawal = JsonMapper.builder()
                .build()
                .readTree(store.jdbc()
                        .sql("SELECT event::text FROM outbox WHERE change = 'WITHDRAWN'")
                        .query(String.class)
                        .single());
        assertThat(withdrawal.get("headline").asString()).isEqualTo("Dam opens early");
        assertThat(withdrawal.get("tags").findValuesAsString("name")).containsExactly("Rotterdam", "Netherlands");
        assertThat(withdrawal.get("url").asString()).isEqualTo("https://news.example/stories/a");
    }

    @Test
    void killOfAStoryReadersNeverSawIsStoredButNotAnnounced() {
        Stories embargoed = story("a", "Results due at noon").embargoedUntil(NOON.plusSeconds(3600));
        store.writer().store(embargoed.enriched(), null, NOON);

        assertThat(store.writer().store(embargoed.killed().enriched(), null, NOON.plusSeconds(60)))
                .isEqualTo(StoreOutcome.HELD);

        assertThat(store.reader().find(StoryId.of("a")).orElseThrow().visibility())
                .isEqualTo(Visibility.WITHDRAWN);
        assertThat(store.writer().releaseDue(10)).isZero();
        assertThat(store.announced()).isEmpty();
    }

    @Test
    void embargoedStoryIsHeldUntilTheDatabasesTimePassesItAndThenLeadsTheFeed() {
        store.writer().store(story("old", "Earlier story").enriched(), null, NOON);
        Instant embargo = store.databaseNow().plusSeconds(2);
        Stories results = story("a", "Results are in").embargoedUntil(embargo);

        assertThat(store.writer().store(results.enriched(), "embargo-trace", NOON.plusSeconds(10)))
                .isEqualTo(StoreOutcome.HELD);
        assertThat(store.newestHeadlines(FeedQuery.newest(10))).containsExactly("Earlier story");
        assertThat(store.writer().releaseDue(10)).isZero();
        assertThat(store.announced()).containsExactly("PUBLISHED old@1");

        await().atMost(Duration.ofSeconds(20)).until(() -> store.writer().releaseDue(10) == 1);

        assertThat(store.newestHeadlines(FeedQuery.newest(10))).containsExactly("Results are in", "Earlier story");
        assertThat(store.reader().find(StoryId.of("a")).orElseThrow().publishedAt())
                .isAfterOrEqualTo(embargo)
                .isBeforeOrEqualTo(store.databaseNow());
        assertThat(store.newestHeadlines(FeedQuery.newest(10).withTag("rotterdam")))
                .containsExactly("Results are in", "Earlier story");
        assertThat(store.announced()).containsExactly("PUBLISHED old@1", "PUBLISHED a@1");
        assertThat(store.jdbc()
                        .sql("SELECT trace_id FROM outbox WHERE story_id = 'a'")
                        .query(String.class)
                        .single())
                .isEqualTo("embargo-trace");
    }

    @Test
    void correctionBeforeTheEmbargoIsStillHeldAndReleasedAsTheFirstVersionReadersSee() {
        Stories results = story("a", "Results are in").embargoedUntil(NOON.plusSeconds(3600));
        store.writer().store(results.enriched(), null, NOON);

        assertThat(store.writer()
                        .store(
                                results.version(2)
                                        .headline("Results are in, corrected")
                                        .enriched(),
                                null,
                                NOON.plusSeconds(5)))
                .isEqualTo(StoreOutcome.HELD);
        store.writer().releaseDue(10);

        assertThat(store.newestHeadlines(FeedQuery.newest(10))).containsExactly("Results are in, corrected");
        assertThat(store.announced()).containsExactly("PUBLISHED a@2");
    }

    @Test
    void embargoOnACorrectionCannotRecallALiveStory() {
        Stories dam = story("a", "Dam opens early");
        store.writer().store(dam.enriched(), null, NOON);

        StoreOutcome outcome = store.writer()
                .store(
                        dam.version(2)
                                .headline("Dam opens today")
                                .embargoedUntil(NOON.plusSeconds(3600))
                                .enriched(),
                        null,
                        NOON.plusSeconds(60));

        assertThat(outcome).isEqualTo(StoreOutcome.UPDATED);
        assertThat(store.newestHeadlines(FeedQuery.newest(10))).containsExactly("Dam opens today");
    }

    @Test
    void storyIsNotStoredWhenItsAnnouncementCannotBeWritten() {
        store.jdbc()
                .sql("ALTER TABLE outbox ADD CONSTRAINT refuse_events CHECK (false) NOT VALID")
                .update();

        assertThatThrownBy(
                        () -> store.writer().store(story("a", "Dam opens early").enriched(), null, NOON))
                .hasMessageContaining("refuse_events");

        assertThat(store.reader().find(StoryId.of("a"))).isEmpty();
        assertThat(store.versionsKept("a")).isEmpty();

        store.jdbc().sql("ALTER TABLE outbox DROP CONSTRAINT refuse_events").update();
        assertThat(store.writer().store(story("a", "Dam opens early").enriched(), null, NOON))
                .isEqualTo(StoreOutcome.PUBLISHED);
        assertThat(store.announced()).containsExactly("PUBLISHED a@1");
    }

    @Test
    void tagsFollowTheCurrentVersion() {
        Stories dam = story("a", "Dam opens early")
                .tags(place("Rotterdam"), new Tag("NATO", Tag.TagType.ORGANISATION, 0.8, 1));
        store.writer().store(dam.enriched(), null, NOON);

        store.writer().store(dam.version(2).tags(place("Antwerp")).enriched(), null, NOON.plusSeconds(5));

        assertThat(store.newestHeadlines(FeedQuery.newest(10).withTag("Rotterdam")))
                .isEmpty();
        assertThat(store.newestHeadlines(FeedQuery.newest(10).withTag("nato"))).isEmpty();
        assertThat(store.newestHeadlines(FeedQuery.newest(10).withTag("ANTWERP")))
                .containsExactly("Dam opens early");
    }

    @Test
    void reEnrichedCurrentVersionReplacesItsTagsAndIsAnnouncedAsAnUpdate() {
        Stories dam = story("a", "Dam opens early").tags(place("Rotterdam"));
        store.writer().store(dam.enriched(), null, NOON);

        StoreOutcome outcome = store.writer()
                .store(dam.tags(place("Rotterdam"), place("Netherlands")).enriched(), null, NOON.plusSeconds(5));

        assertThat(outcome).isEqualTo(StoreOutcome.REENRICHED);
        assertThat(store.newestHeadlines(FeedQuery.newest(10).withTag("Netherlands")))
                .containsExactly("Dam opens early");
        assertThat(store.reader().find(StoryId.of("a")).orElseThrow().story().tags())
                .extracting(Tag::name)
                .containsExactly("Rotterdam", "Netherlands");
        assertThat(store.versionsKept("a")).containsExactly(1);
        assertThat(store.announced()).containsExactly("PUBLISHED a@1", "UPDATED a@1");
    }

    @Test
    void reEnrichmentOfAWithdrawnStoryIsKeptButNotAnnounced() {
        Stories dam = story("a", "Dam opens early").tags(place("Rotterdam"));
        store.writer().store(dam.enriched(), null, NOON);
        store.writer().store(dam.killed().enriched(), null, NOON.plusSeconds(5));

        store.writer().store(dam.killed().tags(place("Antwerp")).enriched(), null, NOON.plusSeconds(10));

        assertThat(store.reader().page(FeedQuery.newest(10).withTag("Antwerp")).stories())
                .isEmpty();
        assertThat(store.announced()).containsExactly("PUBLISHED a@1", "WITHDRAWN a@2");
    }

    @Test
    void hostileTextIsStoredVerbatim() {
        String headline = "Robert'); DROP TABLE story;-- <script>alert(1)</script>";
        store.writer().store(story("x", headline).tags(place("O'Hare <b>")).enriched(), null, NOON);

        assertThat(store.reader()
                        .find(StoryId.of("x"))
                        .orElseThrow()
                        .story()
                        .story()
                        .headline())
                .isEqualTo(headline);
        assertThat(store.reader().tagName("o'hare <B>")).contains("O'Hare <b>");
    }
}
