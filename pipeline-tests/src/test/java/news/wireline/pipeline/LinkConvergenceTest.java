package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.wireline.events.Headers;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links converge after a burst (issue 17): the same 200 labelled stories, sent at once into one
 * fresh pipeline and one at a time into another, end with identical links within 10 s of the
 * burst's end; and a story reaching enrich after later stories were enriched without it has
 * exactly the stories whose links it changes enriched again and announced as updated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkConvergenceTest {

    private static final Logger log = LoggerFactory.getLogger(LinkConvergenceTest.class);
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration CONVERGENCE = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DESK = "test-desk";

    InProcessPipeline steady;
    InProcessPipeline burst;

    @BeforeAll
    void start() throws Exception {
        steady = InProcessPipeline.start("steady", 3, Map.of());
        burst = InProcessPipeline.start("burst", 3, Map.of());
    }

    @AfterAll
    void stop() {
        if (steady != null) {
            steady.close();
        }
        if (burst != null) {
            burst.close();
        }
    }

    /** The burst checks every story the steady pipeline holds, so the late story comes after it. */
    @Test
    void aBurstConvergesAndALateStoryThenRevisesOnlyTheStoriesItChanges() throws Exception {
        aBurstEndsWithTheLinksOfStoriesSentOneAtATime();
        aLateStoryRevisesExactlyTheLaterStoriesWhoseLinksItChanges();
    }

    private void aBurstEndsWithTheLinksOfStoriesSentOneAtATime() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String uri : ClusteredStories.uris()) {
            String id = post(steady, uri);
            ids.add(id);
            await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> steady.client.get("/stories/" + id).statusCode() == 200);
        }
        Map<String, JsonNode> oneAtATime = StoryEvents.latestLinks(steady.bootstrapServers(), Topics.ENRICHED_NAME);

        for (String uri : ClusteredStories.uris()) {
            assertThat(post(burst, uri))
                    .isEqualTo(ids.get(ClusteredStories.uris().indexOf(uri)));
        }
        await().atMost(PATIENCE)
                .until(() -> StoryEvents.latestLinks(burst.bootstrapServers(), Topics.ENRICHED_NAME)
                        .keySet()
                        .containsAll(ids));
        Instant burstEnriched = Instant.now();

        await().atMost(CONVERGENCE)
                .untilAsserted(() -> assertThat(StoryEvents.latestLinks(burst.bootstrapServers(), Topics.ENRICHED_NAME))
                        .isEqualTo(oneAtATime));
        Duration settled = Duration.between(burstEnriched, Instant.now());
        Map<String, List<JsonNode>> burstEvents = StoryEvents.byStory(burst.bootstrapServers(), Topics.ENRICHED_NAME);
        log.info(
                "burst settled {} after every story was first enriched; first enrichment linked {} of {} stories"
                        + " otherwise than one at a time; {} revisions emitted, {} checked unchanged",
                settled,
                ids.stream()
                        .filter(id -> !burstEvents.get(id).get(0).get("related").equals(oneAtATime.get(id)))
                        .count(),
                ids.size(),
                revisions(burst, "emitted"),
                revisions(burst, "unchanged"));
        assertThat(oneAtATime).hasSize(ClusteredStories.RUNNING_STORIES * ClusteredStories.PIECES);
        for (int running = 0; running < ClusteredStories.RUNNING_STORIES; running += 4) {
            JsonNode rewriteLinks = oneAtATime.get(ids.get(running * ClusteredStories.PIECES + 4));
            assertThat(rewriteLinks.get(0).get("id").asString()).isEqualTo(ids.get(running * ClusteredStories.PIECES));
            assertThat(rewriteLinks.get(0).get("sharedTags").get(0).asString()).isEqualTo("near-duplicate");
        }
        assertThat(revisions(steady, "emitted")).isZero();
    }

    private void aLateStoryRevisesExactlyTheLaterStoriesWhoseLinksItChanges() throws Exception {
        Instant start = Instant.now();
        StoryIngested closure = ingested(
                "late-quarry-closure",
                start,
                "Hollowmere limestone quarry to close after ninety years",
                "Brackwater Minerals will close its limestone quarry at Hollowmere in June, quarry manager Edda Quillfeather said.",
                "The Hollowmere quarry employs 140 people and ships limestone by rail to cement kilns.");
        StoryIngested jobs = ingested(
                "late-quarry-jobs",
                start.plusSeconds(1),
                "Hollowmere quarry workers offered retraining",
                "Workers at the Hollowmere limestone quarry run by Brackwater Minerals were offered retraining on Friday.",
                "Edda Quillfeather said most of the 140 quarry staff could move to the company's kilns.");
        StoryIngested lorries = ingested(
                "late-quarry-lorries",
                start.plusSeconds(2),
                "Hollowmere quarry closure ends lorry runs",
                "Lorries carrying Hollowmere limestone for Brackwater Minerals will stop when the quarry closes.",
                "Edda Quillfeather said the rail sidings at the quarry would be sold.");
        StoryIngested choir = ingested(
                "late-choir-tour",
                start.plusSeconds(3),
                "Boys' choir from Vesterhavn tours Japan",
                "The Vesterhavn cathedral boys' choir sang Bach motets in Kyoto and Sapporo.",
                "Choirmaster Osvald Trygg praised the acoustics of the halls.");
        try (KafkaProducer<String, byte[]> producer = producer(steady)) {
            for (StoryIngested story : List.of(jobs, lorries, choir)) {
                send(producer, story);
                await().atMost(PATIENCE)
                        .until(() -> steady.client
                                        .get("/stories/" + story.id().value())
                                        .statusCode()
                                == 200);
            }
            double emittedBefore = revisions(steady, "emitted");
            double unchangedBefore = revisions(steady, "unchanged");

            // Ingested before the other three, as if the instance enriching it had fallen behind.
            send(producer, closure);
            await().atMost(PATIENCE)
                    .until(() -> revisions(steady, "emitted") == emittedBefore + 2
                            && revisions(steady, "unchanged") == unchangedBefore + 1
                            && waiting(steady) == 0);
        }

        Map<String, List<JsonNode>> enriched = StoryEvents.byStory(steady.bootstrapServers(), Topics.ENRICHED_NAME);
        assertThat(enriched.get(closure.id().value())).hasSize(1);
        assertThat(enriched.get(jobs.id().value())).hasSize(2);
        assertThat(enriched.get(lorries.id().value())).hasSize(2);
        assertThat(enriched.get(choir.id().value())).hasSize(1);
        assertThat(linkIds(enriched.get(jobs.id().value()).get(1)))
                .containsExactly(closure.id().value());
        assertThat(linkIds(enriched.get(lorries.id().value()).get(0)))
                .containsExactly(jobs.id().value());
        assertThat(linkIds(enriched.get(lorries.id().value()).get(1)))
                .containsExactlyInAnyOrder(closure.id().value(), jobs.id().value());
        assertThat(enriched.get(choir.id().value()).get(0).get("related")).isEmpty();
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(updatedStories(steady))
                        .containsExactlyInAnyOrder(
                                jobs.id().value(), lorries.id().value()));
    }

    private static String post(InProcessPipeline pipeline, String uri) throws Exception {
        var answer = pipeline.client.postStory(
                ClusteredStories.ninjs(uri).getBytes(StandardCharsets.UTF_8), "application/json", DESK);
        assertThat(answer.statusCode()).isEqualTo(202);
        return pipeline.client.readJson(answer.body()).get("id").asString();
    }

    /** Every story announced as UPDATED on the published topic, once for each announcement. */
    private static List<String> updatedStories(InProcessPipeline pipeline) {
        List<String> updated = new ArrayList<>();
        StoryEvents.byStory(pipeline.bootstrapServers(), Topics.PUBLISHED_NAME)
                .forEach((id, events) -> events.stream()
                        .filter(event -> "UPDATED".equals(event.get("change").asString()))
                        .forEach(event -> updated.add(id)));
        return updated;
    }

    private static List<String> linkIds(JsonNode enriched) {
        List<String> ids = new ArrayList<>();
        enriched.get("related").forEach(link -> ids.add(link.get("id").asString()));
        return ids;
    }

    private static double revisions(InProcessPipeline pipeline, String outcome) {
        return pipeline.pipeline
                .enrichContext()
                .getBean(MeterRegistry.class)
                .get("wireline.enrich.revisions")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    private static double waiting(InProcessPipeline pipeline) {
        return pipeline.pipeline
                .enrichContext()
                .getBean(MeterRegistry.class)
                .get("wireline.enrich.revisions.waiting")
                .gauge()
                .value();
    }

    private static StoryIngested ingested(String id, Instant at, String headline, String... body) {
        return new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                StoryId.of(id),
                1,
                DESK,
                "hash-" + id,
                Release.usable(),
                new Story(headline, "World", 2, List.of(), List.of(body), List.of(), null, "en"),
                new Timeline(at.minusMillis(30), at, null, null));
    }

    private static KafkaProducer<String, byte[]> producer(InProcessPipeline pipeline) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, StoryIngested story) throws Exception {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.INGESTED_NAME, story.id().value(), JSON.writeValueAsBytes(story));
        record.headers().add(Headers.DESK, DESK.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }
}
