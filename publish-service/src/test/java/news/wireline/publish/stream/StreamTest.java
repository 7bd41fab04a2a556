package news.wireline.publish.stream;

import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import news.wireline.local.SseClient;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import news.wireline.publish.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The live stream read by a plain Java HTTP client, as a reader's EventSource would read it. */
@PublishServiceTest
class StreamTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    SiteFixture site;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    String streamUrl;
    String tag;

    @BeforeEach
    void stream() {
        tag = Stories.uniqueId("Delta");
        streamUrl = site.reader().baseUrl() + "/feed/stream?tag=" + tag;
    }

    @Test
    void readerSeesAStoryPublishedUpdatedAndWithdrawnAsEachCommits() throws Exception {
        Stories dam = story(Stories.uniqueId("dam"), "Dam opens").tags(place(tag));
        try (SseClient stream = SseClient.open(streamUrl, null)) {
            assertThat(stream.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));

            site.store(dam);
            SseClient.Event published = stream.next(PATIENCE);
            site.store(dam.version(2).headline("Dam opens early"));
            SseClient.Event updated = stream.next(PATIENCE);
            site.store(dam.version(2).killed());
            SseClient.Event withdrawn = stream.next(PATIENCE);

            assertThat(published.name()).isEqualTo("published");
            assertThat(data(published).get("headline").asString()).isEqualTo("Dam opens");
            assertThat(updated.name()).isEqualTo("updated");
            assertThat(data(updated).get("version").asInt()).isEqualTo(2);
            assertThat(withdrawn.name()).isEqualTo("withdrawn");
            assertThat(data(withdrawn).get("id").asString()).isEqualTo(dam.id());
            assertThat(Long.parseLong(published.id())).isLessThan(Long.parseLong(updated.id()));
            assertThat(Long.parseLong(updated.id())).isLessThan(Long.parseLong(withdrawn.id()));
        }
    }

    @Test
    void reconnectingReaderIsReplayedEverythingAfterItsLastEventId() throws Exception {
        Stories dam = story(Stories.uniqueId("dam"), "Dam opens").tags(place(tag));
        String lastSeen;
        try (SseClient stream = SseClient.open(streamUrl, null)) {
            site.store(dam);
            lastSeen = stream.next(PATIENCE).id();
        }
        site.store(dam.version(2).headline("Dam opens early"));
        site.store(dam.version(2).killed());
        awaitSent(dam.id(), 3);

        try (SseClient again = SseClient.open(streamUrl, lastSeen)) {
            assertThat(again.next(PATIENCE).name()).isEqualTo("updated");
            assertThat(again.next(PATIENCE).name()).isEqualTo("withdrawn");
        }
    }

    @Test
    void aTagStreamCarriesThatTagOnlyAndStillCarriesTheKill() throws Exception {
        Stories elsewhere = story(Stories.uniqueId("elsewhere"), "Elsewhere").tags(place(Stories.uniqueId("Other")));
        Stories dam = story(Stories.uniqueId("dam"), "Dam opens").tags(place(tag.toUpperCase()));
        try (SseClient stream = SseClient.open(streamUrl, null)) {
            site.store(elsewhere);
            site.store(dam);
            assertThat(data(stream.next(PATIENCE)).get("id").asString()).isEqualTo(dam.id());

            site.store(elsewhere.killed());
            site.store(dam.killed());
            SseClient.Event kill = stream.next(PATIENCE);
            assertThat(kill.name()).isEqualTo("withdrawn");
            assertThat(data(kill).get("id").asString()).isEqualTo(dam.id());
        }
    }

    @Test
    void embargoedStoryIsStreamedOnlyWhenReleased() throws Exception {
        Stories embargoed = story(Stories.uniqueId("embargoed"), "Results")
                .tags(place(tag))
                .embargoedUntil(site.now().plus(Duration.ofHours(2)));
        Stories marker = story(Stories.uniqueId("marker"), "Meanwhile").tags(place(tag));
        try (SseClient stream = SseClient.open(streamUrl, null)) {
            site.store(embargoed);
            site.store(marker);
            assertThat(data(stream.next(PATIENCE)).get("id").asString()).isEqualTo(marker.id());

            clock.advance(Duration.ofHours(2).plusSeconds(1));
            SseClient.Event released = stream.next(PATIENCE);
            assertThat(released.name()).isEqualTo("published");
            assertThat(data(released).get("id").asString()).isEqualTo(embargoed.id());
        }
    }

    @Test
    void anEventInTheLogThatCannotBeReadIsSkippedAndTheStreamGoesOn() throws Exception {
        Stories before = story(Stories.uniqueId("before"), "Before").tags(place(tag));
        Stories after = story(Stories.uniqueId("after"), "After").tags(place(tag));
        try (SseClient stream = SseClient.open(streamUrl, null)) {
            site.store(before);
            SseClient.Event first = stream.next(PATIENCE);
            // As a newer release might write it: a change this one does not know.
            jdbc.sql("""
                    INSERT INTO outbox (story_id, version, change, event, created_at, position, sent_at)
                    VALUES ('unreadable', 1, 'RETRACTED', CAST(:event AS jsonb), now(), nextval('outbox_position'), now())""")
                    .param(
                            "event",
                            "{\"schemaVersion\": 1, \"id\": \"unreadable\", \"version\": 1, \"change\": \"RETRACTED\"}")
                    .update();
            site.store(after);
            SseClient.Event second = stream.next(PATIENCE);

            assertThat(data(first).get("id").asString()).isEqualTo(before.id());
            assertThat(data(second).get("id").asString()).isEqualTo(after.id());
            assertThat(Long.parseLong(second.id()) - Long.parseLong(first.id()))
                    .as("the unreadable event's place is passed over")
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aLastEventIdThatIsNoPositionIsRefused() {
        assertThat(site.reader()
                        .get("/feed/stream", "Last-Event-ID", "yesterday")
                        .statusCode())
                .isEqualTo(400);
    }

    /** Waits until the relay has sent the story's events, so a reconnect finds them in the log and not live. */
    private void awaitSent(String id, int events) {
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("SELECT count(*) FROM outbox WHERE story_id = :id AND position IS NOT NULL")
                                .param("id", id)
                                .query(Integer.class)
                                .single()
                        == events);
    }

    private static JsonNode data(SseClient.Event event) {
        return SiteFixture.json(event.data());
    }
}
