package news.wireline.publish.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static news.wireline.publish.Stories.NOON;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

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
            store.writer().store(story("e" + i, "Embargoed " + i).embargoedUntil(NOON.plusSeconds(60)).enriched(), null, NOON);
        }
        store.writer().store(story("later", "Not yet").embargoedUntil(NOON.plusSeconds(3600)).enriched(), null, NOON);

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            start.await();
            int released = 0;
            for (int batch = store.writer().releaseDue(NOON.plusSeconds(61), 7); batch > 0; batch = store.writer().releaseDue(NOON.plusSeconds(61), 7)) {
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
        assertThat(announced).hasSize(STORIES).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, STORIES).mapToObj(i -> "PUBLISHED e" + i + "@1").toList());
        assertThat(store.reader().page(FeedQuery.newest(100)).stories()).hasSize(STORIES);
    }
}
