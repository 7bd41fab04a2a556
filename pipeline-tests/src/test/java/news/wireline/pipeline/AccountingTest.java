package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import news.wireline.pipeline.HostileCase.Door;
import news.wireline.pipeline.HostileDoors.Outcome;
import news.wireline.pipeline.LimitCorpus.LimitCase;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every story a desk sends is accounted for: answered 4xx (or dead-lettered by ingest), published
 * at its version, or dead-lettered later with a reason. Over two thousand stories with every field
 * at and beyond its limit go in by both doors, with ordinary canary stories among them that must
 * each reach the feed within 30 s of being sent: one bad story never holds up the rest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountingTest {

    private static final long SEED = 20261203L;
    private static final int ROUNDS = 6;
    private static final int PARTITIONS = 3;
    private static final int CANARY_EVERY = 40;
    private static final Duration CANARY_WITHIN = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private InProcessPipeline running;
    private HostileDoors doors;
    private final Map<String, Outcome> answers = new ConcurrentHashMap<>();
    private final Map<String, Duration> canaries = new ConcurrentHashMap<>();

    @BeforeAll
    void startPipeline() throws Exception {
        running = InProcessPipeline.start("accounting", PARTITIONS, Map.of());
        doors = new HostileDoors(
                running.pipeline.ingestUrl(), running.pipeline.deskKey("test-desk"), running.bootstrapServers());
    }

    @AfterAll
    void stopPipeline() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void everyStoryIsRefusedPublishedOrDeadLetteredAndNoneIsLostStuckOrDoubled() throws Exception {
        List<LimitCase> corpus = LimitCorpus.of(SEED, ROUNDS);
        assertThat(corpus.size()).isGreaterThanOrEqualTo(2_000);

        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            for (int from = 0; from < corpus.size(); from += CANARY_EVERY) {
                sendChunk(
                        corpus.subList(from, Math.min(corpus.size(), from + CANARY_EVERY)),
                        senders,
                        from / CANARY_EVERY);
            }
        } finally {
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.MINUTES);
        }

        StoryAccounts accounts = StoryAccounts.of(corpus, answers, settle(corpus));
        System.out.println(accounts.report(canaries));

        assertThat(accounts.unanswered())
                .as("cases neither refused nor accepted")
                .isEmpty();
        assertThat(accounts.lost())
                .as("accepted, then neither published nor dead-lettered")
                .isEmpty();
        assertThat(accounts.doubled())
                .as("published twice, or both published and dead-lettered")
                .isEmpty();
        assertThat(accounts.sent()).isEqualTo(accounts.refused() + accounts.published() + accounts.deadLettered());
        assertThat(accounts.wrongFates())
                .as("cases whose fate is not the one the limits table gives")
                .isEmpty();
        assertThat(canaries).hasSize((corpus.size() + CANARY_EVERY - 1) / CANARY_EVERY);
        assertThat(canaries.entrySet())
                .as("canaries later than " + CANARY_WITHIN)
                .allSatisfy(canary -> assertThat(canary.getValue()).isLessThanOrEqualTo(CANARY_WITHIN));
        for (String management : running.pipeline.managementUrls()) {
            assertThat(running.client
                            .getFrom(management, "/actuator/health/readiness")
                            .statusCode())
                    .as(management)
                    .isEqualTo(200);
        }
    }

    /** Sends one chunk by both doors, then a canary after it, and waits for the canary in the feed. */
    private void sendChunk(List<LimitCase> chunk, ExecutorService senders, int number) throws Exception {
        List<HostileCase> overKafka = chunk.stream()
                .map(LimitCase::sent)
                .filter(each -> each.door() == Door.KAFKA)
                .toList();
        doors.produce(overKafka, Map.of());
        List<Future<?>> posts = new ArrayList<>();
        for (LimitCase each : chunk) {
            if (each.sent().door() == Door.HTTP) {
                posts.add(senders.submit(() -> answers.put(each.name(), doors.post(each.sent()))));
            }
        }
        for (Future<?> post : posts) {
            post.get();
        }
        HostileCase canary = canary(number);
        long sentAt = System.nanoTime();
        if (number % 2 == 0) {
            assertThat(doors.post(canary).accepted())
                    .as("canary " + canary.name())
                    .isTrue();
        } else {
            doors.produce(List.of(canary), Map.of());
        }
        await(canary.name() + " in the feed: a stage that stalls holds it back")
                .atMost(CANARY_WITHIN.multipliedBy(4))
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        running.client.get("/stories/" + canary.wirelineId()).statusCode() == 200);
        canaries.put(canary.name(), Duration.ofNanos(System.nanoTime() - sentAt));
    }

    private static HostileCase canary(int number) {
        HostileStory story = HostileStory.ordinary(number)
                .with("headline", "Canary " + number + " sails through the harbour review");
        return new HostileCase(
                (number % 2 == 0 ? "http" : "kafka") + "/canary/" + number,
                "canary",
                number % 2 == 0 ? Door.HTTP : Door.KAFKA,
                story.bytes(HostileStory.Format.NINJS),
                HostileStory.Format.NINJS.contentType,
                "canary-" + SEED + "-" + number,
                Map.of(),
                HostileCase.Expected.accepted());
    }

    /**
     * Waits until every ingested story is published or dead-lettered after ingest, then reads what
     * the topics hold; what is still neither once patience runs out is counted as lost.
     */
    private TopicLedger settle(List<LimitCase> corpus) throws InterruptedException {
        List<HostileCase> overKafka = corpus.stream()
                .map(LimitCase::sent)
                .filter(each -> each.door() == Door.KAFKA)
                .toList();
        doors.outcomesOf(overKafka, PATIENCE).forEach(answers::put);
        Set<String> ids = new HashSet<>();
        corpus.forEach(each -> ids.add(each.sent().wirelineId()));
        AtomicReference<TopicLedger> ledger = new AtomicReference<>(TopicLedger.read(running.bootstrapServers(), ids));
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> {
                ledger.set(TopicLedger.read(running.bootstrapServers(), ids));
                return ledger.get().settled();
            });
        } catch (ConditionTimeoutException unsettled) {
            // The ledger as it stands is the answer: the counts name what never settled.
        }
        return ledger.get();
    }
}
