package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.events.Headers;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.local.LinkRevisions;
import news.wireline.local.TopicReader;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.PipelineClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ops add partitions to every topic while the pipeline runs, with Admin createPartitions, and
 * restart nothing. Stories sent before and after, and corrections of earlier stories whose new
 * versions now hash to new partitions, must all arrive, once, at their latest version; every
 * consumer and log replica must be reading the new partitions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartitionIncreaseTest {

    static final int BEFORE = 3;
    static final int AFTER = 6;
    static final int STORIES = 40;
    static final int RAW_STORIES = 20;
    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> TOPICS =
            List.of(Topics.RAW_NAME, Topics.INGESTED_NAME, Topics.ENRICHED_NAME, Topics.PUBLISHED_NAME);

    InProcessPipeline running;
    LocalPipeline pipeline;
    PipelineClient client;
    String run;

    /** Clients refresh metadata every 2 s here instead of every 30 s, so the test sees the increase taken up quickly. */
    @BeforeAll
    void start() throws Exception {
        running = InProcessPipeline.start(
                "partitions", BEFORE, Map.of("spring.kafka.properties.metadata.max.age.ms", 2_000));
        pipeline = running.pipeline;
        client = running.client;
        run = "urn:partitions:" + UUID.randomUUID().toString().substring(0, 6) + ":";
    }

    @AfterAll
    void stop() {
        running.close();
    }

    @Test
    void partitionsAddedWhileTheServicesRunArePickedUpWithNothingLostOrDoubled() throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        post(0, STORIES, 1, expected);
        awaitFeed(expected);

        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, running.bootstrapServers()))) {
            admin.createPartitions(TOPICS.stream()
                            .collect(Collectors.toMap(topic -> topic, topic -> NewPartitions.increaseTo(AFTER))))
                    .all()
                    .get();
        }
        post(STORIES, 2 * STORIES, 1, expected);
        post(0, STORIES, 2, expected);
        sendRaw(2 * STORIES, 2 * STORIES + RAW_STORIES, expected);
        String elsewhere = "test-desk:" + run + "elsewhere";
        ingestedElsewhere(elsewhere, 5, AFTER - 1);
        expected.put(elsewhere, 5);

        assertThat(awaitFeed(expected))
                .as("every story in the feed, once, at its latest version")
                .isEqualTo(expected);
        List<ConsumerRecord<String, byte[]>> published = LinkRevisions.leftOut(ofThisRun(Topics.PUBLISHED_NAME));
        assertThat(published.stream().map(PartitionIncreaseTest::idAtVersion))
                .as("each (id, version) on the published topic once, none lost")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Stream.concat(
                                IntStream.range(0, 2 * STORIES + RAW_STORIES).mapToObj(n -> id(n) + "@1"),
                                Stream.concat(
                                        IntStream.range(0, STORIES).mapToObj(n -> id(n) + "@2"),
                                        Stream.of(elsewhere + "@5")))
                        .toList());
        for (String topic : List.of(Topics.INGESTED_NAME, Topics.ENRICHED_NAME, Topics.PUBLISHED_NAME)) {
            assertThat(ofThisRun(topic))
                    .as("records of this run on the new partitions of %s", topic)
                    .anySatisfy(record -> assertThat(record.partition()).isGreaterThanOrEqualTo(BEFORE));
        }

        assertThat(ListenerAssignments.of(pipeline.ingestContext(), Topics.RAW_NAME))
                .hasSize(AFTER);
        assertThat(ListenerAssignments.of(pipeline.enrichContext(), Topics.INGESTED_NAME))
                .hasSize(AFTER);
        assertThat(ListenerAssignments.of(pipeline.publishContext(), Topics.ENRICHED_NAME))
                .hasSize(AFTER);
        assertThat(replica(pipeline.enrichContext(), "corpusReplica").partitions())
                .isEqualTo(AFTER);

        int moved = IntStream.range(0, STORIES)
                .filter(n -> partitionOf(id(n), AFTER) >= BEFORE)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> again = client.postStory(
                GeneratedStories.ninjs(id(moved), moved, 2).getBytes(StandardCharsets.UTF_8),
                "application/json",
                "test-desk");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(client.readJson(again.body()).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(client.readJson(again.body()).get("version").asInt()).isEqualTo(2);
        assertThat(pipeline.enrichContext().getBean(StoryCorpus.class).contains(StoryId.of(id(moved)), 2))
                .isTrue();
        assertThat(pipeline.enrichContext().getBean(StoryCorpus.class).contains(StoryId.of(elsewhere), 5))
                .isTrue();
    }

    private void post(int from, int to, int version, Map<String, Integer> expected) throws Exception {
        for (int n = from; n < to; n++) {
            HttpResponse<String> answer = client.postStory(
                    GeneratedStories.ninjs(id(n), n, version).getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    "test-desk");
            assertThat(answer.statusCode())
                    .as("story %s version %d: %s", id(n), version, answer.body())
                    .isEqualTo(202);
            expected.put(id(n), version);
        }
    }

    private void sendRaw(int from, int to, Map<String, Integer> expected) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int n = from; n < to; n++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                        Topics.RAW_NAME,
                        id(n),
                        GeneratedStories.ninjs(id(n), n, 1).getBytes(StandardCharsets.UTF_8));
                record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
                record.headers().add(Headers.DESK, "raw-desk".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
                expected.put(id(n), 1);
            }
            producer.flush();
        }
    }

    /** As another ingest instance would have written it, onto a partition that did not exist when the pipeline started. */
    private void ingestedElsewhere(String id, int version, int partition) throws Exception {
        Story story = new Story(
                "Harbour reopens after storm",
                null,
                null,
                List.of(),
                List.of("The harbour reopened on Monday."),
                List.of(),
                null,
                null);
        StoryIngested event = new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                StoryId.of(id),
                version,
                "test-desk",
                "hash-" + version,
                Release.usable(),
                story,
                Timeline.receivedAt(Instant.now()).ingestedAt(Instant.now()));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(Topics.INGESTED_NAME, partition, id, JSON.writeValueAsBytes(event));
            record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
            record.headers().add(Headers.DESK, "other-desk".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private Map<String, Integer> awaitFeed(Map<String, Integer> expected) throws Exception {
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> feed().equals(expected));
        return feed();
    }

    private Map<String, Integer> feed() throws Exception {
        Map<String, Integer> versions = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = client.getJson("/feed?limit=50" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode item : page.get("items")) {
                String id = item.get("id").asString();
                if (id.contains(run)) {
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

    private List<ConsumerRecord<String, byte[]>> ofThisRun(String topic) {
        return TopicReader.read(running.bootstrapServers(), topic, Duration.ofSeconds(10), records -> false).stream()
                .filter(record -> record.key() != null && record.key().contains(run))
                .toList();
    }

    /** Stories below {@code 2 * STORIES} come from the HTTP desk, the rest from the raw topic's desk: each in its own namespace. */
    private String id(int n) {
        return (n < 2 * STORIES ? "test-desk:" : "raw-desk:") + run + n;
    }

    private static String idAtVersion(ConsumerRecord<String, byte[]> record) {
        return record.key() + "@" + JSON.readTree(record.value()).get("version").asInt();
    }

    /** The partition the default partitioner gives a key on a topic of {@code partitions} partitions. */
    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, running.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    private static LogReplica<?> replica(ConfigurableApplicationContext instance, String name) {
        return instance.getBean(name, LogReplica.class);
    }
}
