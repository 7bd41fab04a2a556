package news.wireline.publish.stream;

import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import news.wireline.local.SseCrowd;
import news.wireline.local.SseReader;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import news.wireline.publish.TestClock;
import news.wireline.publish.store.StoryWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The live stream under a crowd, on real sockets against the running service: readers that read,
 * readers that never read, readers resuming from far back in a log of tens of thousands of events,
 * while stories are published. The benchmark runs the same at the size.
 */
@PublishServiceTest
@TestPropertySource(
        properties = {
            "wireline.publish.stream.max-streams=" + StreamCrowdTest.CAP,
            "wireline.publish.stream.heartbeat=2s",
            "wireline.publish.stream.queue-size=64",
            "wireline.publish.stream.batch-size=64",
            "wireline.publish.stream.send-buffer=16KB"
        })
class StreamCrowdTest {

    static final int HEALTHY = 200;
    static final int STALLED = 20;
    static final int RESUMING = 4;
    static final int RESUMING_STALLED = 2;
    static final int CAP = HEALTHY + STALLED + RESUMING + RESUMING_STALLED;
    static final int BACKLOG = 20_000;
    static final int STORIES = 30;
    static final Duration PATIENCE = Duration.ofSeconds(40);

    @Autowired
    Environment environment;

    @Autowired
    StoryWriter writer;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry registry;

    SseCrowd crowd;
    Reader reader;
    String tag;

    @BeforeEach
    void crowd() {
        reader = new Reader(environment);
        crowd = new SseCrowd("localhost", environment.getRequiredProperty("server.port", Integer.class));
        tag = Stories.uniqueId("Crowd");
    }

    @AfterEach
    void disperse() {
        crowd.close();
    }

    @Test
    void healthyReadersGetEveryEventInOrderWhileStalledOnesAreCutAndOneTooManyIsRefused() throws Exception {
        // Given a log of BACKLOG events of our tag, and a crowd on the stream of that tag
        await().atMost(PATIENCE).until(() -> gauge("wireline.stream.open") == 0);
        double stalledBefore = counter("wireline.stream.cut", "reason", "stalled");
        double refusedBefore = counter("wireline.stream.refused");
        List<Long> backlog = positionsOf(List.of(backlog(BACKLOG)));
        String stream = "/feed/stream?tag=" + tag;
        String resumeFrom = Long.toString(backlog.get(0) - 1);
        List<SseReader> healthy = open(HEALTHY, () -> crowd.connect(stream, null, true, 0, true));
        List<SseReader> stalled = open(STALLED, () -> crowd.connect(stream, null, false, 2048, true));
        List<SseReader> resuming = open(RESUMING, () -> crowd.connect(stream, resumeFrom, true, 0, false));
        List<SseReader> resumingStalled =
                open(RESUMING_STALLED, () -> crowd.connect(stream, resumeFrom, false, 2048, false));
        await().atMost(PATIENCE).until(() -> healthy.stream().allMatch(one -> one.status() == 200));
        await().atMost(PATIENCE).until(() -> gauge("wireline.stream.open") == CAP);

        // Then one more is refused, and told when to come back
        HttpResponse<String> refused = reader.get("/feed/stream", "Accept", "text/event-stream");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.body()).contains("\"code\":\"UNAVAILABLE\"");
        assertThat(counter("wireline.stream.refused") - refusedBefore).isEqualTo(1);

        // When stories are published, ten a second, while a reader polls the feed
        FeedTimes feed = FeedTimes.start(reader);
        List<String> published = publish(STORIES, 10);

        // Then every healthy reader gets every story, once, in the order published
        List<Long> livePositions = positionsOf(published);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(events(healthy.get(0)))
                        .extracting(SseReader.Event::id)
                        .containsExactlyElementsOf(ids(livePositions)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(counts(healthy)).containsOnlyKeys(STORIES));
        for (SseReader one : healthy) {
            assertThat(events(one)).extracting(SseReader.Event::id).containsExactlyElementsOf(ids(livePositions));
            assertThat(events(one))
                    .extracting(
                            event -> SiteFixture.json(event.data()).get("id").asString())
                    .containsExactlyElementsOf(published);
        }

        // And every resuming reader gets the whole backlog and then the live stories, in order
        List<String> everything = new ArrayList<>(ids(backlog));
        everything.addAll(ids(livePositions));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(counts(resuming)).containsOnlyKeys(everything.size()));
        for (SseReader one : resuming) {
            assertThat(events(one)).extracting(SseReader.Event::id).containsExactlyElementsOf(everything);
        }

        // And every reader that never read is cut as stalled, and none else
        await().atMost(PATIENCE)
                .until(() -> counter("wireline.stream.cut", "reason", "stalled") - stalledBefore
                        == STALLED + RESUMING_STALLED);
        assertThat(gauge("wireline.stream.open")).isEqualTo(HEALTHY + RESUMING);
        assertThat(healthy).noneMatch(SseReader::ended);

        // And a stalled reader that reads again finds the reason it was cut, then the end of the stream
        SseReader woken = stalled.get(0);
        woken.startReading();
        await().atMost(PATIENCE).until(woken::ended);
        SseReader.Event last = woken.events().get(woken.events().size() - 1);
        assertThat(last.name()).isEqualTo("cut");
        assertThat(SiteFixture.json(last.data()).get("reason").asString()).isEqualTo("stalled");

        // And the feed answered every request, quickly, all along
        feed.stop();
        System.out.printf("feed during the crowd: %s%n", feed);
        assertThat(feed.failures()).isZero();
        assertThat(feed.p99Millis()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aReaderFurtherBehindThanItsQueueIsCutAsQueueFullWhileAnotherGetsEveryEvent() {
        // Given a reader that never reads and one that does, both live
        await().atMost(PATIENCE).until(() -> gauge("wireline.stream.open") == 0);
        double queueFullBefore = counter("wireline.stream.cut", "reason", "queue-full");
        String template = backlog(0);
        String stream = "/feed/stream?tag=" + tag;
        SseReader asleep = crowd.connect(stream, null, false, 2048, true);
        SseReader awake = crowd.connect(stream, null, true, 0, true);
        await().atMost(PATIENCE).until(() -> gauge("wireline.stream.open") == 2);

        // When more events than its queue holds become public at once (five polls' worth)
        int events = 5 * 64;
        copy(positionsOf(List.of(template)).get(0), events);

        // Then the sleeper is cut as queue-full before a heartbeat could find it stalled
        await().atMost(PATIENCE)
                .until(() -> counter("wireline.stream.cut", "reason", "queue-full") - queueFullBefore == 1);
        assertThat(gauge("wireline.stream.open")).isEqualTo(1);

        // And the reader that reads gets every event, in order
        List<Long> copies = positionsOf(List.of(template));
        List<String> expected = ids(copies.subList(1, copies.size()));
        await().atMost(PATIENCE).until(() -> events(awake).size() >= events);
        assertThat(events(awake)).extracting(SseReader.Event::id).containsExactlyElementsOf(expected);

        // And the sleeper, once it reads, finds why it was cut
        asleep.startReading();
        await().atMost(PATIENCE).until(asleep::ended);
        SseReader.Event last = asleep.events().get(asleep.events().size() - 1);
        assertThat(last.name()).isEqualTo("cut");
        assertThat(SiteFixture.json(last.data()).get("reason").asString()).isEqualTo("queue-full");
    }

    /** Stores a story of our tag and copies its sent event {@code copies} times; returns the story's id. */
    private String backlog(int copies) {
        Stories template = story(Stories.uniqueId("backlog"), "Backlog").tags(place(tag));
        List<String> ids = List.of(template.id());
        writer.store(template.enriched(), null, clock.instant().truncatedTo(ChronoUnit.MICROS));
        await().atMost(PATIENCE).until(() -> positionsOf(ids).size() == 1);
        long first = positionsOf(ids).get(0);
        copy(first, copies);
        return template.id();
    }

    /** Sent events in bulk, as the relay would leave them: copies of the one at {@code position}. */
    private void copy(long position, int copies) {
        jdbc.sql("""
                INSERT INTO outbox (story_id, version, change, event, created_at, position, sent_at)
                SELECT story_id, version, change, event, now(), nextval('outbox_position'), now()
                FROM outbox, generate_series(1, :copies) WHERE position = :position""").param("copies", copies).param("position", position).update();
    }

    private List<String> publish(int stories, int perSecond) throws Exception {
        List<String> ids = IntStream.range(0, stories)
                .mapToObj(i -> Stories.uniqueId("crowd" + i))
                .toList();
        ScheduledExecutorService desk = Executors.newSingleThreadScheduledExecutor();
        List<String> stored = new CopyOnWriteArrayList<>();
        desk.scheduleAtFixedRate(
                () -> {
                    if (stored.size() < stories) {
                        String id = ids.get(stored.size());
                        writer.store(
                                story(id, "Crowd " + id).tags(place(tag)).enriched(),
                                null,
                                clock.instant().truncatedTo(ChronoUnit.MICROS));
                        stored.add(id);
                    }
                },
                0,
                1_000 / perSecond,
                TimeUnit.MILLISECONDS);
        await().atMost(PATIENCE).until(() -> stored.size() == stories);
        desk.shutdown();
        await().atMost(PATIENCE).until(() -> positionsOf(ids).size() == stories);
        return ids;
    }

    private List<Long> positionsOf(List<String> storyIds) {
        return jdbc.sql(
                        "SELECT position FROM outbox WHERE story_id IN (:ids) AND position IS NOT NULL ORDER BY position")
                .param("ids", storyIds)
                .query(Long.class)
                .list();
    }

    private static List<SseReader> open(int count, Supplier<SseReader> connect) {
        return IntStream.range(0, count).mapToObj(i -> connect.get()).toList();
    }

    /** The story events a reader has read, leaving out comments. */
    private static List<SseReader.Event> events(SseReader reader) {
        return reader.events().stream()
                .filter(event ->
                        !event.name().equals(":comment") && !event.name().equals("cut"))
                .toList();
    }

    /** How many readers have read how many story events. */
    private static Map<Integer, Long> counts(List<SseReader> readers) {
        return readers.stream().collect(Collectors.groupingBy(one -> events(one).size(), Collectors.counting()));
    }

    private static List<String> ids(List<Long> positions) {
        return positions.stream().map(Object::toString).toList();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private double counter(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
