package news.wireline.publish.store;

import static news.wireline.publish.Stories.NOON;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import news.wireline.events.StoryId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbargoReleaseTest {

    static final int STORIES = 60;

    StoreFixture store;

    @BeforeEach
    void freshStore() {
        store = StoreFixture.fresh();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void instancesReleasingAtOnceReleaseEachDueStoryExactlyOnce() throws Exception {
        for (int i = 0; i < STORIES; i++) {
            store.writer()
                    .store(
                            story("e" + i, "Embargoed " + i)
                                    .embargoedUntil(NOON.plusSeconds(60))
                                    .enriched(),
                            null,
                            NOON);
        }
        store.writer()
                .store(
                        story("later", "Not yet")
                                .embargoedUntil(store.databaseNow().plusSeconds(3600))
                                .enriched(),
                        null,
                        NOON);

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            start.await();
            int released = 0;
            for (int batch = store.writer().releaseDue(7);
                    batch > 0;
                    batch = store.writer().releaseDue(7)) {
                released += batch;
            }
            return released;
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = instances.submit(instance);
            Future<Integer> second = instances.submit(instance);
            start.countDown();

            assertThat(first.get() + second.get()).isEqualTo(STORIES);
        } finally {
            instances.shutdownNow();
        }
        List<String> announced = store.announced();
        assertThat(announced)
                .hasSize(STORIES)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, STORIES)
                        .mapToObj(i -> "PUBLISHED e" + i + "@1")
                        .toList());
        assertThat(store.reader().page(FeedQuery.newest(100)).stories()).hasSize(STORIES);
    }

    @Test
    void anInstanceWhoseClockRunsFastReleasesNothingBeforeTheDatabasesTimePassesTheEmbargo() {
        StoryWriter fast = store.anotherInstance();
        StoryWriter onTime = store.writer();
        Clock fastClock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        Instant embargo = store.databaseNow().plusSeconds(3);
        assertThat(fastClock.instant()).isAfter(embargo);

        StoreOutcome stored = fast.store(
                story("results", "Results are in").embargoedUntil(embargo).enriched(),
                null,
                fastClock.instant().truncatedTo(ChronoUnit.MICROS));

        assertThat(stored).isEqualTo(StoreOutcome.HELD);
        assertThat(fast.releaseDue(10)).isZero();
        assertThat(store.announced()).isEmpty();
        AtomicInteger releasedByFast = new AtomicInteger();
        AtomicInteger releasedOnTime = new AtomicInteger();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        releasedByFast.addAndGet(fast.releaseDue(10)) + releasedOnTime.addAndGet(onTime.releaseDue(10))
                                > 0);

        assertThat(releasedByFast.get() + releasedOnTime.get()).isEqualTo(1);
        assertThat(store.announced()).containsExactly("PUBLISHED results@1");
        assertThat(store.reader().find(StoryId.of("results")).orElseThrow().publishedAt())
                .isAfterOrEqualTo(embargo);
        assertThat(store.jdbc()
                        .sql("SELECT (event -> 'timeline' ->> 'published')::timestamptz >= :embargo FROM outbox")
                        .param("embargo", Timestamp.from(embargo))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
