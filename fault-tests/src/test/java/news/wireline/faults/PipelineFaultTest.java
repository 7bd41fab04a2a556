package news.wireline.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Stories stream in over HTTP while the pipeline's parts fail under them: each service killed with
 * SIGKILL, then all three at once; the broker restarted; the database restarted. Every story
 * ingest accepted must end up in the feed store once, at its latest version, and be announced on
 * the published topic exactly once per version, with nothing dead-lettered on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 25, unit = TimeUnit.MINUTES)
class PipelineFaultTest {

    /** Generous: on an idle machine each wait is a minute or two, but CI machines are often busy. */
    static final Duration PATIENCE = Duration.ofMinutes(12);

    FaultPipeline pipeline;

    @BeforeAll
    void start() throws Exception {
        pipeline = FaultPipeline.start("faults");
    }

    @AfterAll
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    /**
     * Poison goes into partition 0 of the raw, ingested and enriched topics (nothing in the pipeline
     * consumes the published topic), then a good story whose id falls in partition 0 of each.
     */
    @Test
    void aPoisonRecordInEachTopicIsDeadLetteredWithItsReasonAndItsPartitionKeepsFlowing() throws Exception {
        String run = run("poison");
        String poison = "urn:poison:" + run + ":";
        GeneratedStory good = IntStream.range(0, 100)
                .mapToObj(n -> GeneratedStory.number(run, n))
                .filter(story ->
                        story.version() == 1 && PoisonRecords.partitionOf(story.id(), FaultPipeline.PARTITIONS) == 0)
                .findFirst()
                .orElseThrow();
        Map<String, Long> poisonOffsets = new HashMap<>();
        try (PoisonRecords kafka = new PoisonRecords(pipeline.bootstrapServers())) {
            for (String topic : List.of(Topics.RAW_NAME, Topics.INGESTED_NAME, Topics.ENRICHED_NAME)) {
                poisonOffsets.put(
                        topic, kafka.write(topic, 0, poison + topic, "{\"id\": \"cut off", "application/json"));
            }
            kafka.write(Topics.RAW_NAME, 0, good.id(), good.body(), "application/json");
        }

        awaitThat(() -> DeliveryCheck.storedVersions(pipeline, run).equals(Map.of(good.id(), 1)));
        List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.read(
                pipeline.bootstrapServers(),
                Topics.DEAD_LETTER_NAME,
                PATIENCE,
                seen -> startingWith(seen, poison).size() == 3);
        Map<String, String> reasons = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> letter : startingWith(deadLetters, poison)) {
            String topic = StoryRecords.header(letter, KafkaHeaders.DLT_ORIGINAL_TOPIC);
            assertThat(ByteBuffer.wrap(letter.headers()
                                    .lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION)
                                    .value())
                            .getInt())
                    .isZero();
            assertThat(ByteBuffer.wrap(letter.headers()
                                    .lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)
                                    .value())
                            .getLong())
                    .isEqualTo(poisonOffsets.get(topic));
            assertThat(StoryRecords.header(letter, Headers.REJECT_MESSAGE)).isNotBlank();
            reasons.put(topic, StoryRecords.header(letter, Headers.REJECT_CODE));
        }
        System.out.printf(
                "%n==== poison records ====%ndead-lettered, by topic, with reason  %s%n"
                        + "good story after them on partition 0   %s stored%n",
                reasons, good.id());
        assertThat(reasons)
                .isEqualTo(Map.of(
                        Topics.RAW_NAME,
                        "MALFORMED",
                        Topics.INGESTED_NAME,
                        "UNREADABLE_EVENT",
                        Topics.ENRICHED_NAME,
                        "UNREADABLE_EVENT"));
    }

    private static List<ConsumerRecord<String, byte[]>> startingWith(
            List<ConsumerRecord<String, byte[]>> records, String prefix) {
        return records.stream()
                .filter(record -> record.key() != null && record.key().startsWith(prefix))
                .toList();
    }

    @Test
    void nothingIsLostOrDuplicatedWhenEachServiceAndThenAllThreeAreKilledMidStream() throws Exception {
        String run = run("kill");
        StreamCounts counts = new StreamCounts();
        StoryStream stream =
                new StoryStream(pipeline.ingest.url(), pipeline.deskKey(), run, 10_000, counts).holdAt(8_000);
        CompletableFuture<Void> sending = stream.start();

        crashWhen(() -> counts.sent.get() >= 1_500, List.of(pipeline.ingest));
        crashWhen(() -> stored(run) >= 1_500, List.of(pipeline.enrich));
        crashWhen(() -> stored(run) >= 3_000, List.of(pipeline.publish));
        awaitThat(() -> stored(run) >= 4_500);
        stream.release();
        crashWhen(() -> counts.sent.get() >= 8_300, pipeline.services());
        sending.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);

        assertDelivered("kill -9 of ingest, enrich, publish, then all three", run, counts);
    }

    @Test
    void nothingIsLostWhenTheBrokerRestartsMidStream() throws Exception {
        String run = run("broker");
        StreamCounts counts = new StreamCounts();
        CompletableFuture<Void> sending =
                new StoryStream(pipeline.ingest.url(), pipeline.deskKey(), run, 2_000, counts).start();

        awaitThat(() -> counts.sent.get() >= 500);
        pipeline.stopBroker();
        Thread.sleep(3_000);
        pipeline.startBroker();
        sending.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);

        assertDelivered("broker stopped and started on the same log", run, counts);
        for (ServiceProcess service : pipeline.services()) {
            service.awaitReady(FaultPipeline.STARTUP);
        }
    }

    @Test
    void publishWaitsOutADatabaseRestartAndLosesNothing() throws Exception {
        String run = run("database");
        StreamCounts counts = new StreamCounts();
        CompletableFuture<Void> sending =
                new StoryStream(pipeline.ingest.url(), pipeline.deskKey(), run, 2_000, counts).start();

        awaitThat(() -> stored(run) >= 300);
        pipeline.postgres.stop();
        pipeline.publish.awaitReadiness(false, FaultPipeline.STARTUP);
        Thread.sleep(5_000);
        pipeline.postgres.start();
        pipeline.publish.awaitReadiness(true, FaultPipeline.STARTUP);
        sending.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);

        assertDelivered("PostgreSQL stopped and started under publish", run, counts);
    }

    private void crashWhen(Condition due, List<ServiceProcess> services) throws Exception {
        awaitThat(due);
        pipeline.crashAndRestart(services);
    }

    private static void awaitThat(Condition condition) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(condition::holds);
    }

    private int stored(String run) {
        return DeliveryCheck.storedVersions(pipeline, run).size();
    }

    private void assertDelivered(String scenario, String run, StreamCounts counts) throws InterruptedException {
        Map<String, Integer> stored =
                DeliveryCheck.awaitStore(pipeline, run, Map.copyOf(counts.latestAccepted), PATIENCE);
        List<String> published = DeliveryCheck.published(pipeline, run, counts.acceptedVersions, PATIENCE);
        List<ConsumerRecord<String, byte[]>> deadLetters = DeliveryCheck.deadLetters(pipeline, run);
        DeliveryReport report = new DeliveryReport(scenario, counts, stored, published, deadLetters.size());
        report.print();

        assertThat(counts.accepted.get() + counts.duplicates.get() + counts.rejectedTotal())
                .as("every send answered")
                .isEqualTo(counts.sent.get());
        assertThat(counts.rejectedByReason().keySet())
                .as("refused only for what was wrong with the story")
                .isSubsetOf("MALFORMED", "STALE_VERSION");
        assertThat(report.lost()).as("lost").isZero();
        assertThat(report.unexpected()).as("stored but never accepted").isZero();
        assertThat(report.publishedDuplicates()).as("published duplicates").isZero();
        assertThat(report.unannounced()).as("accepted but not published").isZero();
        assertThat(deadLetters)
                .as("dead-lettered because of the fault")
                .extracting(record -> record.key() + " " + StoryRecords.header(record, Headers.REJECT_CODE))
                .isEmpty();
    }

    private static String run(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }
}
