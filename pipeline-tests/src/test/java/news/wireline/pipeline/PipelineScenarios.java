package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.TopicReader;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.PipelineClient;
import news.wireline.runner.PipelineConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * What the whole pipeline must do, through a real broker and a real PostgreSQL. Subclasses say
 * where those run: in this JVM and on this machine, or in containers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineScenarios {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private LocalPipeline pipeline;
    private PipelineClient client;

    /** Where the broker and the database are; the pipeline itself is started here, the same way for every host. */
    abstract PipelineConfig infrastructure() throws Exception;

    abstract String bootstrapServers();

    @BeforeAll
    void startPipeline() throws Exception {
        pipeline = LocalPipeline.start(infrastructure());
        client = new PipelineClient(pipeline);
        client.awaitReady(Duration.ofMinutes(2));
    }

    @AfterAll
    void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
        stopInfrastructure();
    }

    /** Stops what {@link #infrastructure()} started, once the pipeline no longer uses it. */
    void stopInfrastructure() {}

    PipelineClient client() {
        return client;
    }

    LocalPipeline pipeline() {
        return pipeline;
    }

    @Test
    void postedStoryReachesFeedParsedAndTagged() throws Exception {
        String headline = "Dockworkers walk out at Rotterdam " + unique();
        HttpResponse<String> answer =
                post(TestStories.withHeadline(TestStories.load(TestStories.PORT_STRIKE), headline));
        assertThat(answer.statusCode()).isEqualTo(202);
        String id = client().readJson(answer.body()).get("id").asString();

        JsonNode item = awaitInFeed(id);
        assertThat(item.get("headline").asString()).isEqualTo(headline);
        assertThat(item.get("section").asString()).isEqualTo("Business");
        assertThat(item.get("desk").asString()).isEqualTo("test-desk");

        JsonNode story = client().getJson("/stories/" + id);
        JsonNode content = story.get("story");
        assertThat(content.get("readTimeMinutes").asInt()).isEqualTo(4);
        assertThat(content.get("images").get(0).get("credit").asString()).isEqualTo("Lotte BAKKER / Harbour Pictures");
        assertThat(content.get("body").size()).isEqualTo(7);
        assertThat(content.get("body").get(0).asString()).startsWith("Thousands of dockworkers in the Netherlands");
        assertThat(content.get("teasers").get(0).get("headline").asString())
                .isEqualTo("Antwerp pilots warn of congestion as ships queue off the coast");
        assertThat(content.get("body").toString())
                .doesNotContain("Article image", "Avatar", "Read more", "made-up desk");

        List<String> tags = names(story.get("tags"));
        assertThat(tags).contains("Netherlands", "Germany", "Pieter Jansen");
        assertThat(tags).doesNotContain("Lotte BAKKER", "Lotte Bakker", "Harbour Pictures", "Wireline");
    }

    @Test
    void managementEndpointsAnswerOnlyOnTheManagementPortAndOnlyTheHarmlessOnes() throws Exception {
        List<String> harmless = List.of(
                "/actuator",
                "/actuator/health",
                "/actuator/health/liveness",
                "/actuator/health/readiness",
                "/actuator/info",
                "/actuator/prometheus");
        List<String> revealing = List.of(
                "/actuator/env",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/configprops",
                "/actuator/loggers",
                "/actuator/beans",
                "/actuator/mappings",
                "/actuator/metrics",
                "/actuator/shutdown",
                "/actuator/sbom",
                "/actuator/scheduledtasks");
        for (int i = 0; i < 3; i++) {
            String publicUrl = pipeline().serviceUrls().get(i);
            String managementUrl = pipeline().managementUrls().get(i);
            for (String path : harmless) {
                assertThat(client().getFrom(managementUrl, path).statusCode())
                        .as(managementUrl + path)
                        .isEqualTo(200);
            }
            for (String path : revealing) {
                assertThat(client().getFrom(managementUrl, path).statusCode())
                        .as(managementUrl + path)
                        .isEqualTo(404);
            }
            for (String path : concat(harmless, revealing)) {
                assertThat(client().getFrom(publicUrl, path).statusCode())
                        .as(publicUrl + path)
                        .isIn(401, 404);
            }
        }
    }

    @Test
    void everyServiceReportsWhatItHandledOnItsPrometheusEndpoint() throws Exception {
        String id = client().readJson(post(TestStories.withHeadline(
                                TestStories.load(TestStories.PORT_STRIKE), "Dock cranes counted " + unique()))
                        .body())
                .get("id")
                .asString();
        awaitInFeed(id);

        String ingest = metrics(pipeline().ingestManagementUrl());
        String enrich = metrics(pipeline().enrichManagementUrl());
        String publish = metrics(pipeline().publishManagementUrl());

        assertThat(ingest)
                .containsPattern("wireline_ingest_stories_total\\{[^}]*outcome=\"accepted\"[^}]*} [1-9]")
                .containsPattern("wireline_stage_sent_total\\{[^}]*topic=\"wireline.stories.ingested\"[^}]*} [1-9]");
        assertThat(enrich)
                .containsPattern(
                        "wireline_stage_processing_seconds_count\\{[^}]*topic=\"wireline.stories.ingested\"[^}]*} [1-9]")
                .containsPattern("wireline_stage_sent_total\\{[^}]*topic=\"wireline.stories.enriched\"[^}]*} [1-9]");
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(metrics(pipeline().enrichManagementUrl()))
                                .containsPattern(
                                        "wireline_consumer_lag_records\\{[^}]*group=\"enrich-service\"[^}]*topic=\"wireline.stories.ingested\"[^}]*} 0"));
        assertThat(publish)
                .containsPattern(
                        "wireline_stage_processing_seconds_count\\{[^}]*topic=\"wireline.stories.enriched\"[^}]*} [1-9]")
                .containsPattern("wireline_story_age_seconds_count\\{[^}]*} [1-9]")
                .containsPattern("wireline_stage_processing_seconds_bucket");
    }

    /**
     * What deploy/grafana's dashboard and deploy/prometheus's alerts query is there to be scraped.
     * It first sends a story and a dead letter of its own, so the meters registered on first use
     * (story age, dead letters, stuck records) exist whichever tests ran before.
     */
    @Test
    void everyMetricTheDashboardAndTheAlertsQueryIsOnAServicesPrometheusEndpoint() throws Exception {
        String key = "no-story-" + unique();
        send(key, " \n".getBytes(StandardCharsets.UTF_8));
        awaitInFeed(client().readJson(post(TestStories.withHeadline(
                                TestStories.load(TestStories.PORT_STRIKE), "Quay lights counted " + unique()))
                        .body())
                .get("id")
                .asString());
        Set<String> queried = OpsQueries.scrapedMetrics();

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> scraped = List.of(
                    metrics(pipeline().ingestManagementUrl()),
                    metrics(pipeline().enrichManagementUrl()),
                    metrics(pipeline().publishManagementUrl()));
            String all = String.join("\n", scraped);
            assertThat(queried).allSatisfy(name -> assertThat(all).containsPattern("(?m)^" + name + "[{ ]"));
            assertThat(scraped)
                    .allSatisfy(
                            service -> assertThat(service).containsPattern("(?m)^wireline_readiness\\{[^}]*} 1\\.0$"));
        });
    }

    @Test
    void traceStartedAtIngestIsCarriedToThePublishedEvent() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String story =
                TestStories.withHeadline(TestStories.load(TestStories.PORT_STRIKE), "Pilots join strike " + unique());
        HttpResponse<String> answer = client().postStory(
                        story.getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=utf-8",
                        "test-desk",
                        Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        String id = client().readJson(answer.body()).get("id").asString();
        awaitInFeed(id);

        ConsumerRecord<String, byte[]> ingested = onlyRecord(Topics.INGESTED_NAME, id);
        ConsumerRecord<String, byte[]> enriched = onlyRecord(Topics.ENRICHED_NAME, id);
        ConsumerRecord<String, byte[]> published = onlyRecord(Topics.PUBLISHED_NAME, id);

        assertThat(header(ingested, Headers.TRACE_ID)).isEqualTo(traceId);
        assertThat(header(ingested, "traceparent")).startsWith("00-" + traceId + "-");
        assertThat(header(enriched, Headers.TRACE_ID)).isEqualTo(traceId);
        assertThat(header(enriched, "traceparent")).startsWith("00-" + traceId + "-");
        assertThat(header(published, Headers.TRACE_ID)).isEqualTo(traceId);
        assertThat(header(published, Headers.TRACEPARENT)).startsWith("00-" + traceId + "-");
    }

    @Test
    void identicalResendIsPublishedOnce() throws Exception {
        String story = TestStories.withHeadline(
                TestStories.load(TestStories.PORT_STRIKE), "Cranes idle in Rotterdam " + unique());
        HttpResponse<String> first = post(story);
        HttpResponse<String> again = post(story);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode resent = client().readJson(again.body());
        String id = client().readJson(first.body()).get("id").asString();
        assertThat(resent.get("id").asString()).isEqualTo(id);
        assertThat(resent.get("status").asString()).isEqualTo("DUPLICATE");

        awaitInFeed(id);
        List<ConsumerRecord<String, byte[]>> published = TopicReader.withKey(
                TopicReader.read(bootstrapServers(), Topics.PUBLISHED_NAME, Duration.ofSeconds(3), records -> false),
                id);
        assertThat(published).hasSize(1);
        JsonNode event = client().readJson(new String(published.get(0).value(), StandardCharsets.UTF_8));
        assertThat(event.get("version").asInt()).isEqualTo(1);
        assertThat(event.get("change").asString()).isEqualTo("PUBLISHED");
        assertThat(event.get("url").asString()).endsWith("/stories/" + id);
    }

    /** The strike story shares the talks' headline words too, so it leads their links whatever ran before. */
    @Test
    void changedCopyBecomesNextVersionAndLinksToRelatedStory() throws Exception {
        String strike =
                TestStories.withHeadline(TestStories.load(TestStories.PORT_STRIKE), "Port strike begins " + unique());
        String strikeId = client().readJson(post(strike).body()).get("id").asString();
        awaitInFeed(strikeId);

        String talks = TestStories.withHeadline(
                TestStories.load(TestStories.PORT_STRIKE_TALKS), "Port strike ends " + unique());
        String talksId = client().readJson(post(talks).body()).get("id").asString();
        awaitInFeed(talksId);
        HttpResponse<String> corrected = post(talks.replace("about ten days", "about two weeks"));

        assertThat(client().readJson(corrected.body()).get("version").asInt()).isEqualTo(2);
        await().atMost(PATIENCE)
                .until(() ->
                        client().getJson("/stories/" + talksId).get("version").asInt() == 2);
        JsonNode story = client().getJson("/stories/" + talksId);
        assertThat(story.get("story").get("body").toString()).contains("about two weeks");
        assertThat(names(story.get("related"), "id")).contains(strikeId);
    }

    @Test
    void ninjsStoryReachesFeed() throws Exception {
        String headline = "Lisbon tram line reopens after flood repairs " + unique();
        String ninjs = """
                {"uri": "urn:test:lisbon-tram", "type": "text", "language": "en", "headline": "%s",
                 "byline": "Ana Ruiz", "body_text": "Tram 28 ran again through Lisbon on Friday.\\n\\nPrime Minister Luis Costa rode it from Portugal's parliament."}
                """.formatted(headline);
        HttpResponse<String> answer =
                client().postStory(ninjs.getBytes(StandardCharsets.UTF_8), "application/json", "test-desk");

        assertThat(answer.statusCode()).isEqualTo(202);
        String id = client().readJson(answer.body()).get("id").asString();
        JsonNode story = awaitStory(id);
        assertThat(story.get("story").get("headline").asString()).isEqualTo(headline);
        assertThat(story.get("story").get("body").size()).isEqualTo(2);
        assertThat(names(story.get("tags"))).contains("Lisbon", "Portugal");
    }

    @Test
    void storyWithoutHeadlineIsRefusedWithReason() throws Exception {
        HttpResponse<String> answer = post("");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode reason = client().readJson(answer.body());
        assertThat(reason.get("code").asString()).isEqualTo("EMPTY");
        assertThat(reason.get("message").asString()).isNotBlank();
    }

    @Test
    void oversizedStoryIsRefusedWithReason() throws Exception {
        HttpResponse<String> answer = post("Headline\n\n" + "word ".repeat(200_000));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(client().readJson(answer.body()).get("code").asString()).isEqualTo("TOO_LARGE");
    }

    @Test
    void storySentOnKafkaReachesFeed() throws Exception {
        String headline = "Rotterdam terminals reopen " + unique();
        send(
                null,
                TestStories.withHeadline(TestStories.load(TestStories.PORT_STRIKE_TALKS), headline)
                        .getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).until(() -> headlines().contains(headline));
    }

    @Test
    void refusedKafkaStoryIsDeadLetteredWithReason() throws Exception {
        String key = "not-a-story-" + unique();
        send(key, "   \n\n  ".getBytes(StandardCharsets.UTF_8));

        List<ConsumerRecord<String, byte[]>> dead = TopicReader.withKey(
                TopicReader.read(
                        bootstrapServers(),
                        Topics.DEAD_LETTER_NAME,
                        PATIENCE,
                        records -> !TopicReader.withKey(records, key).isEmpty()),
                key);
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), Headers.REJECT_CODE)).isEqualTo("EMPTY");
        assertThat(header(dead.get(0), Headers.REJECT_MESSAGE)).isNotBlank();
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("   \n\n  ");
    }

    private HttpResponse<String> post(String story) throws Exception {
        return client().postStory(story.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", "test-desk");
    }

    private void send(String key, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RAW_NAME, key, value);
            record.headers().add(Headers.CONTENT_TYPE, "text/plain".getBytes(StandardCharsets.UTF_8));
            record.headers().add(Headers.DESK, "kafka-test-desk".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private JsonNode awaitInFeed(String id) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).until(() -> {
            for (JsonNode item : client().feed(50).get("items")) {
                if (item.get("id").asString().equals(id)) {
                    found[0] = item;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private ConsumerRecord<String, byte[]> onlyRecord(String topic, String id) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.withKey(
                TopicReader.read(
                        bootstrapServers(),
                        topic,
                        PATIENCE,
                        read -> !TopicReader.withKey(read, id).isEmpty()),
                id);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private String metrics(String managementUrl) throws Exception {
        HttpResponse<String> answer = client().getFrom(managementUrl, "/actuator/prometheus");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private JsonNode awaitStory(String id) {
        await().atMost(PATIENCE).until(() -> client().get("/stories/" + id).statusCode() == 200);
        try {
            return client().getJson("/stories/" + id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> headlines() throws Exception {
        return names(client().feed(50).get("items"), "headline");
    }

    private static List<String> names(JsonNode array) {
        return names(array, "name");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get(field).asString()));
        return names;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
