package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.TopicReader;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.PipelineClient;
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
import tools.jackson.databind.node.ObjectNode;

/** How ingest treats desks and story versions, seen from outside: HTTP answers and the topics. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestLifecycleTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    InProcessPipeline running;
    LocalPipeline pipeline;
    PipelineClient client;

    @BeforeAll
    void start() throws Exception {
        running = InProcessPipeline.start("ingest", 3, Map.of());
        pipeline = running.pipeline;
        client = running.client;
    }

    @AfterAll
    void stop() {
        running.close();
    }

    @Test
    void storyWithoutKeyOrWithWrongKeyIsRefused() throws Exception {
        byte[] story = ninjs("test-desk:urn:test:" + unique(), 1, "Ferry service resumes")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> none = client.postStoryWithAuthorization(story, "application/json", null);
        HttpResponse<String> wrong =
                client.postStoryWithAuthorization(story, "application/json", "Bearer not-a-desk-key");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(client.readJson(wrong.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void acceptedStoryIsStampedWithTheDeskOfItsKeyAndLocated() throws Exception {
        HttpResponse<String> answer = post(ninjs("test-desk:urn:test:" + unique(), 1, "Ferry service resumes"));

        assertThat(answer.statusCode()).isEqualTo(202);
        JsonNode accepted = client.readJson(answer.body());
        String id = accepted.get("id").asString();
        assertThat(answer.headers().firstValue("Location")).contains(pipeline.publishUrl() + "/stories/" + id);
        JsonNode event = awaitEvent(Topics.INGESTED_NAME, id, 1);
        assertThat(event.get("desk").asString()).isEqualTo("test-desk");
    }

    @Test
    void correctionWithHigherVersionIsAcceptedAndLowerOrEqualIsRefused() throws Exception {
        String uri = "test-desk:urn:test:" + unique();
        assertThat(post(ninjs(uri, 2, "Bridge reopens")).statusCode()).isEqualTo(202);

        HttpResponse<String> correction = post(ninjs(uri, 3, "Bridge reopens after repairs"));
        HttpResponse<String> same = post(ninjs(uri, 3, "Bridge reopens to lorries"));
        HttpResponse<String> older = post(ninjs(uri, 1, "Bridge closed"));

        assertThat(correction.statusCode()).isEqualTo(202);
        assertThat(client.readJson(correction.body()).get("version").asInt()).isEqualTo(3);
        assertThat(same.statusCode()).isEqualTo(409);
        assertThat(older.statusCode()).isEqualTo(409);
        assertThat(client.readJson(older.body()).get("code").asString()).isEqualTo("STALE_VERSION");
        assertThat(client.readJson(older.body()).get("field").asString()).isEqualTo("version");
        await().atMost(PATIENCE)
                .until(() -> client.get("/stories/" + uri).statusCode() == 200
                        && client.getJson("/stories/" + uri).get("version").asInt() == 3);
        assertThat(client.getJson("/stories/" + uri)
                        .get("story")
                        .get("headline")
                        .asString())
                .isEqualTo("Bridge reopens after repairs");
    }

    @Test
    void olderVersionArrivingLateOnKafkaIsDeadLetteredAsStale() throws Exception {
        String uri = "kafka-test-desk:urn:test:" + unique();
        send(uri, ninjs(uri, 5, "Harbour dredging starts"));
        awaitEvent(Topics.INGESTED_NAME, uri, 5);

        send(uri, ninjs(uri, 4, "Harbour dredging planned"));

        List<ConsumerRecord<String, byte[]>> dead = TopicReader.withKey(
                TopicReader.read(
                        running.bootstrapServers(),
                        Topics.DEAD_LETTER_NAME,
                        PATIENCE,
                        records -> !TopicReader.withKey(records, uri).isEmpty()),
                uri);
        assertThat(dead).hasSize(1);
        assertThat(new String(
                        dead.get(0).headers().lastHeader(Headers.REJECT_CODE).value(), StandardCharsets.UTF_8))
                .isEqualTo("STALE_VERSION");
    }

    @Test
    void batchIsAnsweredLineByLine() throws Exception {
        String first = "test-desk:urn:test:" + unique();
        String second = "test-desk:urn:test:" + unique();
        String batch = ninjs(first, 1, "Museum reopens") + "\n"
                + "{\"uri\": \"urn:test:broken\", \"body_text\": \"No headline here.\"}\n"
                + "\n"
                + ninjs(second, 1, "Library extends hours") + "\n";

        HttpResponse<String> answer =
                client.postStory(batch.getBytes(StandardCharsets.UTF_8), "application/x-ndjson", "test-desk");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode lines = client.readJson(answer.body()).get("lines");
        assertThat(lines.size()).isEqualTo(3);
        assertThat(lines.get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(lines.get(0).get("id").asString()).isEqualTo(first);
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("status").asString()).isEqualTo("REJECTED");
        assertThat(lines.get(1).get("code").asString()).isEqualTo("MISSING_FIELD");
        assertThat(lines.get(1).get("field").asString()).isEqualTo("headline");
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(lines.get(2).get("id").asString()).isEqualTo(second);
        awaitEvent(Topics.INGESTED_NAME, second, 1);
    }

    @Test
    void sameStoryInEveryFormatBecomesTheSameIngestedStory() throws Exception {
        String run = unique();
        JsonNode text =
                ingestedStoryOf("skerrin-tidal-ferries.txt", "text/plain; charset=utf-8", "skerrin-text-" + run);
        JsonNode ninjs =
                ingestedStoryOf("skerrin-tidal-ferries.ninjs.json", "application/json", "skerrin-ninjs-" + run);
        JsonNode newsMl = ingestedStoryOf(
                "skerrin-tidal-ferries.newsml.xml", "application/vnd.iptc.g2.newsitem+xml", "skerrin-g2-" + run);

        assertThat(ninjs.get("story")).isEqualTo(newsMl.get("story"));
        assertThat(ninjs.get("release")).isEqualTo(newsMl.get("release"));
        assertThat(ninjs.get("version")).isEqualTo(newsMl.get("version"));
        assertThat(ninjs.get("release").get("urgency").asInt()).isEqualTo(3);
        ((ObjectNode) ninjs.get("story")).remove("language");
        ((ObjectNode) text.get("story")).remove("language");
        assertThat(text.get("story")).isEqualTo(ninjs.get("story"));
    }

    @Test
    void xmlWithExternalEntityIsRefusedAtOnce() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE newsItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1">
                <contentMeta><headline>&secret;</headline></contentMeta></newsItem>""";

        long started = System.nanoTime();
        HttpResponse<String> answer =
                client.postStory(xxe.getBytes(StandardCharsets.UTF_8), "application/xml", "test-desk");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(client.readJson(answer.body()).get("code").asString()).isEqualTo("MALFORMED");
        assertThat(answer.body()).doesNotContain("root:");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void flashUrgencyTravelsToThePublishedEvent() throws Exception {
        String uri = "test-desk:urn:test:" + unique();
        post(ninjs(uri, 1, "Earthquake shakes coastal town").replace("\"version\"", "\"urgency\": 1, \"version\""));

        JsonNode published = awaitEvent(Topics.PUBLISHED_NAME, uri, 1);

        assertThat(published.get("urgency").asInt()).isEqualTo(1);
    }

    /** Sends one of ingest's own format fixtures under the given id and returns its ingested event. */
    private JsonNode ingestedStoryOf(String fixture, String contentType, String id) throws Exception {
        byte[] body = Files.readAllBytes(Path.of("../ingest-service/src/test/resources/stories", fixture));
        HttpResponse<String> answer =
                client.postStory(body, contentType, "test-desk", Map.of("X-Wireline-Story-Id", id));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        JsonNode accepted = client.readJson(answer.body());
        assertThat(accepted.get("id").asString()).isEqualTo("test-desk:" + id);
        return awaitEvent(
                Topics.INGESTED_NAME,
                accepted.get("id").asString(),
                accepted.get("version").asInt());
    }

    private HttpResponse<String> post(String json) throws Exception {
        return client.postStory(json.getBytes(StandardCharsets.UTF_8), "application/json", "test-desk");
    }

    /** As a wire desk writing to Kafka would: keyed by the story's id. */
    private void send(String key, String json) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, running.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(Topics.RAW_NAME, key, json.getBytes(StandardCharsets.UTF_8));
            record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
            record.headers().add(Headers.DESK, "kafka-test-desk".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    /** The event of this story at this version on a topic, once it is there. */
    private JsonNode awaitEvent(String topic, String id, int version) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).until(() -> {
            for (ConsumerRecord<String, byte[]> record : TopicReader.withKey(
                    TopicReader.read(running.bootstrapServers(), topic, Duration.ofSeconds(2), records -> false), id)) {
                JsonNode event = client.readJson(new String(record.value(), StandardCharsets.UTF_8));
                if (event.get("version").asInt() == version) {
                    found[0] = event;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static String ninjs(String uri, int version, String headline) {
        return """
                {"uri": "%s", "version": "%d", "type": "text", "language": "en", "headline": "%s", "byline": "Ana Ruiz", \
                "body_text": "The first paragraph of a story we wrote for tests.\\n\\nA second paragraph with more detail."}\
                """.formatted(uri, version, headline);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
