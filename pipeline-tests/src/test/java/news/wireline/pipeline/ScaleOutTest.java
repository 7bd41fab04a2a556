package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.LinkRevisions;
import news.wireline.local.TopicReader;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.LocalPipeline.Stage;
import news.wireline.runner.PipelineClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Ops scale enrich and publish by starting instances in the same consumer groups. Instances come
 * and go while 2,000 stories stream through six partitions; every story must still arrive, once,
 * at its latest version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutTest {

    static final int STORIES = 2_000;
    static final int CORRECTED = 200;
    static final int PARTITIONS = 6;
    static final Duration PATIENCE = Duration.ofMinutes(4);

    InProcessPipeline running;
    LocalPipeline pipeline;
    PipelineClient client;

    @BeforeAll
    void start() throws Exception {
        running = InProcessPipeline.start("scale", PARTITIONS, Map.of());
        pipeline = running.pipeline;
        client = running.client;
    }

    @AfterAll
    void stop() {
        running.close();
    }

    /** Instances come and go in turn; the rebuild at the end reads every story the steps before sent. */
    @Test
    void instancesStoppedAndAddedMidwayLoseNoStoryAndTheLogRebuildsTheFeedStore() throws Exception {
        survivorsTakeOverWhenAnInstanceOfEachStageStopsMidway();
        partitionsRebalanceOntoAnInstanceAddedMidway();
        feedStoreRebuildsFromTheLogIntoAnEmptyDatabase();
    }

    private void survivorsTakeOverWhenAnInstanceOfEachStageStopsMidway() throws Exception {
        ConfigurableApplicationContext secondEnrich = pipeline.startAnother(Stage.ENRICH);
        ConfigurableApplicationContext secondPublish = pipeline.startAnother(Stage.PUBLISH);
        await().atMost(PATIENCE)
                .until(() -> !ListenerAssignments.of(secondEnrich, Topics.INGESTED_NAME)
                                .isEmpty()
                        && !ListenerAssignments.of(secondPublish, Topics.ENRICHED_NAME)
                                .isEmpty());
        String run = "stop-" + UUID.randomUUID().toString().substring(0, 6);

        send(run, 0, STORIES / 2, 1);
        await().atMost(PATIENCE).until(() -> feedCount(run) >= STORIES / 4);
        pipeline.stopInstance(secondEnrich);
        pipeline.stopInstance(secondPublish);
        send(run, STORIES / 2, STORIES, 1);
        send(run, 0, CORRECTED, 2);

        Map<String, Integer> stored = awaitAll(run);
        assertThat(stored).hasSize(STORIES);
        assertThat(stored.entrySet())
                .allSatisfy(
                        story -> assertThat(story.getValue()).isEqualTo(number(story.getKey()) < CORRECTED ? 2 : 1));
        assertThat(ListenerAssignments.of(pipeline.enrichContext(), Topics.INGESTED_NAME))
                .hasSize(PARTITIONS);
        assertThat(ListenerAssignments.of(pipeline.publishContext(), Topics.ENRICHED_NAME))
                .hasSize(PARTITIONS);
        assertThat(publishedVersions(run))
                .as("published (id, version) pairs, none twice")
                .doesNotHaveDuplicates()
                .hasSize(STORIES + CORRECTED);
    }

    private void partitionsRebalanceOntoAnInstanceAddedMidway() throws Exception {
        String run = "add-" + UUID.randomUUID().toString().substring(0, 6);

        send(run, 0, STORIES / 2, 1);
        await().atMost(PATIENCE).until(() -> feedCount(run) >= STORIES / 4);
        ConfigurableApplicationContext addedEnrich = pipeline.startAnother(Stage.ENRICH);
        ConfigurableApplicationContext addedPublish = pipeline.startAnother(Stage.PUBLISH);
        send(run, STORIES / 2, STORIES, 1);

        await().atMost(PATIENCE)
                .until(() -> !ListenerAssignments.of(addedEnrich, Topics.INGESTED_NAME)
                                .isEmpty()
                        && !ListenerAssignments.of(addedPublish, Topics.ENRICHED_NAME)
                                .isEmpty());
        assertThat(ListenerAssignments.of(addedEnrich, Topics.INGESTED_NAME).size()
                        + ListenerAssignments.of(pipeline.enrichContext(), Topics.INGESTED_NAME)
                                .size())
                .isEqualTo(PARTITIONS);
        assertThat(awaitAll(run))
                .hasSize(STORIES)
                .allSatisfy((id, version) -> assertThat(version).isEqualTo(1));
    }

    /** Runbook "rebuild the feed store": a publish instance with an empty database and a new group reads the log. */
    private void feedStoreRebuildsFromTheLogIntoAnEmptyDatabase() throws Exception {
        Map<String, Integer> original = allStories(pipeline.publishUrl());
        assertThat(original).hasSizeGreaterThanOrEqualTo(2 * STORIES);

        ConfigurableApplicationContext rebuilt = pipeline.startAnother(
                Stage.PUBLISH,
                Map.of(
                        "spring.datasource.url",
                        running.postgres.createDatabase("wireline_rebuilt"),
                        "spring.kafka.consumer.group-id",
                        "publish-rebuild-" + UUID.randomUUID()));
        String rebuiltUrl = "http://localhost:" + rebuilt.getEnvironment().getProperty("local.server.port");

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> allStories(rebuiltUrl).equals(original));
        pipeline.stopInstance(rebuilt);
    }

    private void send(String run, int from, int to, int version) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                running.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG,
                5);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int n : IntStream.range(from, to).toArray()) {
                String id = "scale-desk:urn:scale:" + run + ":" + n;
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                        Topics.RAW_NAME,
                        id,
                        GeneratedStories.ninjs(id, n, version).getBytes(StandardCharsets.UTF_8));
                record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
                record.headers().add(Headers.DESK, "scale-desk".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Every story of this run in the feed, with the version the feed shows, once all have arrived. */
    private Map<String, Integer> awaitAll(String run) throws Exception {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> feed(run).size() >= STORIES
                        && feed(run).entrySet().stream()
                                .filter(story -> number(story.getKey()) < CORRECTED && run.startsWith("stop"))
                                .allMatch(story -> story.getValue() == 2));
        return feed(run);
    }

    /** Every story in the feed served at {@code publishUrl}, with its version. */
    private Map<String, Integer> allStories(String publishUrl) throws Exception {
        Map<String, Integer> versions = new HashMap<>();
        String cursor = null;
        do {
            HttpResponse<String> answer =
                    client.getFrom(publishUrl, "/feed?limit=50" + (cursor == null ? "" : "&cursor=" + cursor));
            JsonNode page = client.readJson(answer.body());
            page.get("items")
                    .forEach(item -> versions.put(
                            item.get("id").asString(), item.get("version").asInt()));
            cursor = page.get("next") == null || page.get("next").isNull()
                    ? null
                    : page.get("next").asString();
        } while (cursor != null);
        return versions;
    }

    private int feedCount(String run) throws Exception {
        return feed(run).size();
    }

    private Map<String, Integer> feed(String run) throws Exception {
        Map<String, Integer> versions = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = client.getJson("/feed?limit=50" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode item : page.get("items")) {
                String id = item.get("id").asString();
                if (id.startsWith("scale-desk:urn:scale:" + run + ":")) {
                    assertThat(versions.put(id, item.get("version").asInt()))
                            .as("story %s listed twice", id)
                            .isNull();
                }
            }
            cursor = page.get("next") == null || page.get("next").isNull()
                    ? null
                    : page.get("next").asString();
        } while (cursor != null);
        return versions;
    }

    private List<String> publishedVersions(String run) {
        return LinkRevisions.leftOut(TopicReader.read(
                        running.bootstrapServers(), Topics.PUBLISHED_NAME, Duration.ofSeconds(10), records -> false))
                .stream()
                .filter(record -> record.key().startsWith("scale-desk:urn:scale:" + run + ":"))
                .map(record -> record.key() + "@"
                        + client.readJson(new String(record.value(), StandardCharsets.UTF_8))
                                .get("version")
                                .asInt())
                .toList();
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
    }
}
