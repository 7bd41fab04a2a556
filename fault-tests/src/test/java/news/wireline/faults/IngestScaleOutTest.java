package news.wireline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import news.wireline.events.Topics;
import news.wireline.faults.RoundRobinDesk.Answer;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three ingest instances behind a round-robin desk give exactly the outcomes one instance gives:
 * each story's versions are decided by the one owner of its partition, wherever its copy came in.
 * For 2,000 stories version 2 follows version 1's answer at once, on another instance; 500 are
 * corrected without a version number, alternating instances (version 3); 300 have their first
 * copy sent again to yet another instance (a duplicate). The ingested topic must then hold one
 * record per (story, version), 4,500 of them, each story at its newest copy. The second run
 * kills one instance with SIGKILL a third of the way through, and the desk sends what got no
 * answer to another instance: still nothing lost, nothing doubled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestScaleOutTest {

    static final int INSTANCES = 3;
    static final int STORIES = 2_000;
    static final int CORRECTED = 500;
    static final int RESENT = 300;
    static final int PAIRS = 2 * STORIES + CORRECTED;
    static final int KILL_AFTER = STORIES / 3;
    static final int DESKS_AT_ONCE = 12;

    private final JsonMapper json = JsonMapper.builder().build();
    private IngestCluster cluster;
    private RoundRobinDesk desk;

    @BeforeAll
    void start() throws Exception {
        cluster = IngestCluster.start("scale", INSTANCES, Duration.ofMinutes(3));
        desk = new RoundRobinDesk(cluster.urls(), cluster.deskKey());
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Three instances first; then one of them is killed for good, so the kill comes second. */
    @Test
    void threeInstancesThenOneKilledMidRunGiveTheOutcomesOfOne() throws Exception {
        threeInstancesGiveTheOutcomesOfOne();
        instanceKilledMidRunLosesNothingAndDoublesNothing();
    }

    private void threeInstancesGiveTheOutcomesOfOne() throws Exception {
        Run run = send("steady", () -> {});

        assertThat(run.unexpected).isEmpty();
        assertThat(run.resends.get()).isZero();
        assertIngestedOnceEach("steady");
        System.out.printf(
                "scale-out steady: %d answers (%s), version 2 sent at most %.1f ms after version 1's answer%n",
                run.answers.get(), run.latency(), run.maxGapNanos.get() / 1e6);
    }

    private void instanceKilledMidRunLosesNothingAndDoublesNothing() throws Exception {
        ServiceProcess killed = cluster.instances.get(INSTANCES - 1);

        Run run = send("killed", () -> {
            try {
                killed.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(killed.isAlive()).isFalse();
        assertThat(run.unexpected).isEmpty();
        assertThat(run.resends.get()).isPositive();
        assertIngestedOnceEach("killed");
        System.out.printf(
                "scale-out with a kill: %d answers (%s), %d sends that had to go again to another instance%n",
                run.answers.get(), run.latency(), run.resends.get());
    }

    /** The three phases, sent {@value #DESKS_AT_ONCE} stories at a time; {@code kill} runs once a third of version 2s are answered. */
    private Run send(String name, Runnable kill) throws Exception {
        Run run = new Run();
        AtomicInteger done = new AtomicInteger();
        ExecutorService desks = Executors.newFixedThreadPool(DESKS_AT_ONCE);
        try {
            all(desks, STORIES, i -> {
                Answer first = run.expect(desk.send(copy(name, i, 1), i), "202@1");
                long sent = System.nanoTime();
                run.expect(desk.send(copy(name, i, 2), i + 1), "202@2");
                run.maxGapNanos.accumulateAndGet(sent - first.at(), Math::max);
                if (done.incrementAndGet() == KILL_AFTER) {
                    kill.run();
                }
            });
            all(desks, CORRECTED, i -> run.expect(desk.send(copy(name, i, 3), i + 2), "202@3"));
            all(desks, RESENT, i -> run.expect(desk.send(copy(name, CORRECTED + i, 1), CORRECTED + i + 2), "200@1"));
        } finally {
            desks.shutdownNow();
        }
        return run;
    }

    private void assertIngestedOnceEach(String name) {
        Map<String, Integer> records = new HashMap<>();
        Map<String, Set<String>> hashes = new HashMap<>();
        Map<String, JsonNode> newest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record :
                TopicReader.readToEnd(cluster.bootstrapServers(), Topics.INGESTED_NAME)) {
            JsonNode event = json.readTree(record.value());
            String id = event.get("id").asString();
            if (!id.startsWith(prefix(name))) {
                continue;
            }
            String pair = id + "@" + event.get("version").asInt();
            records.merge(pair, 1, Integer::sum);
            hashes.computeIfAbsent(pair, p -> new HashSet<>())
                    .add(event.get("contentHash").asString());
            newest.merge(
                    id,
                    event,
                    (a, b) -> a.get("version").asInt() >= b.get("version").asInt() ? a : b);
        }
        assertThat(records).hasSize(PAIRS);
        assertThat(new HashSet<>(records.values())).containsExactly(1);
        assertThat(hashes.values()).allSatisfy(each -> assertThat(each).hasSize(1));
        assertThat(newest).hasSize(STORIES);
        for (int i = 0; i < STORIES; i++) {
            int version = i < CORRECTED ? 3 : 2;
            JsonNode event = newest.get(prefix(name) + i);
            assertThat(event.get("version").asInt()).as("story %d", i).isEqualTo(version);
            assertThat(event.get("story").get("headline").asString()).isEqualTo(headline(i, version));
        }
    }

    private static String prefix(String name) {
        return IngestCluster.DESK + ":urn:scale:" + name + ":";
    }

    /** Version 3 is sent without a number, as a desk's correction: the owner numbers it. */
    private static String copy(String name, int story, int version) {
        String number = version == 3 ? "" : "\"version\": \"" + version + "\", ";
        return """
                {"uri": "%s%d", %s"headline": "%s", "body_text": "%s"}
                """.formatted(prefix(name), story, number, headline(story, version), body(story, version));
    }

    private static String headline(int story, int version) {
        return switch (version) {
            case 1 -> "Keeper of light " + story + " hands over the lamp";
            case 2 -> "Keeper of light " + story + " hands over the lamp after thirty winters";
            default -> "Keeper of light " + story + " names her successor";
        };
    }

    private static String body(int story, int version) {
        return switch (version) {
            case 1 -> "The keeper of light " + story + " climbed the tower for the last time on Sunday.";
            case 2 -> "After thirty winters the keeper of light " + story + " climbed the tower a last time.";
            default -> "The keeper of light " + story + " said her niece would tend the lamp from spring.";
        };
    }

    private static void all(ExecutorService desks, int count, Story story) throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            sent.add(desks.submit(() -> {
                story.send(n);
                return null;
            }));
        }
        for (Future<?> each : sent) {
            each.get();
        }
    }

    @FunctionalInterface
    private interface Story {
        void send(int story) throws Exception;
    }

    /**
     * What the desk was told. A send that had to go again may find its first attempt was taken
     * after all: then the answer is the duplicate of the same version, which is still right.
     */
    private static final class Run {
        final AtomicInteger answers = new AtomicInteger();
        final AtomicInteger resends = new AtomicInteger();
        final AtomicLong maxGapNanos = new AtomicLong();
        final Map<String, String> unexpected = new ConcurrentHashMap<>();
        final Queue<Long> tookNanos = new ConcurrentLinkedQueue<>();

        Answer expect(Answer answer, String expected) {
            answers.incrementAndGet();
            tookNanos.add(answer.tookNanos());
            resends.addAndGet(answer.resends());
            String duplicate = "200@" + expected.substring(expected.indexOf('@') + 1);
            boolean right = answer.outcome().equals(expected)
                    || (answer.resends() > 0 && answer.outcome().equals(duplicate));
            if (!right) {
                unexpected.put(expected + " #" + answers.get(), answer.outcome());
            }
            return answer;
        }

        /** Answer times, first attempt to answer, as p50 / p99 / max in ms. */
        String latency() {
            long[] sorted =
                    tookNanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(
                    Locale.ROOT,
                    "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.99)] / 1e6,
                    sorted[sorted.length - 1] / 1e6);
        }
    }
}
