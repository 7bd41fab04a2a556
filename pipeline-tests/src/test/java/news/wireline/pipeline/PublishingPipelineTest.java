package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.FeedCheck;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalPostgres;
import news.wireline.local.SseClient;
import news.wireline.local.TopicReader;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.PipelineClient;
import news.wireline.runner.PipelineConfig;
import news.wireline.runner.PipelinePorts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's "done when": a story, its correction and its kill, sent to ingest over HTTP as a desk
 * sends them (ninjs, one uri), each seen through the whole pipeline in the feed store, the JSON
 * feed, JSON Feed, Atom and RSS (read by an independent feed reader), the live stream, the
 * published topic (read with plain kafka-clients) and the story's web page in headless Chromium.
 * One test in three steps, each taking the story one step further.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingPipelineTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String HEADLINE = "Dockworkers walk out at Rotterdam as talks fail";
    static final String CORRECTED = "Dockworkers walk out at Rotterdam for a week as talks fail";

    final String uri =
            "test-desk:urn:wireline-e2e:" + UUID.randomUUID().toString().substring(0, 8);
    final String traceId = UUID.randomUUID().toString().replace("-", "");
    LocalKafkaBroker broker;
    LocalPostgres postgres;
    JdbcClient store;
    LocalPipeline pipeline;
    PipelineClient client;
    SseClient stream;
    List<String> tags;

    @BeforeAll
    void startPipeline() throws Exception {
        assumeTrue(FeedCheck.available(), "python3-feedparser is not installed: apt-get install python3-feedparser");
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed: apt-get install chromium");
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-publishing-kafka"));
        postgres = LocalPostgres.machineOrEmbedded();
        String database = postgres.createDatabase("wireline_publishing");
        store = JdbcClient.create(new DriverManagerDataSource(database, postgres.user(), postgres.password()));
        pipeline = LocalPipeline.start(new PipelineConfig(
                broker.bootstrapServers(),
                database,
                postgres.user(),
                postgres.password(),
                PipelinePorts.free(),
                Map.of("wireline.kafka.partitions", 3)));
        client = new PipelineClient(pipeline);
        client.awaitReady(Duration.ofMinutes(2));
        stream = SseClient.open(pipeline.publishUrl() + "/feed/stream", null);
    }

    @AfterAll
    void stopPipeline() throws Exception {
        if (stream != null) {
            stream.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (broker != null) {
            broker.close();
            postgres.close();
        }
    }

    /** Each step takes the one story a step further. */
    @Test
    void aStoryItsCorrectionAndItsKillReachEveryPlaceAReaderLooks() throws Exception {
        storyReachesTheStoreEveryFeedTheStreamTheTopicAndItsPage();
        correctionReplacesItEverywhere();
        killRemovesItFromEveryFeedAndPageAndIsAnnounced();
    }

    private void storyReachesTheStoreEveryFeedTheStreamTheTopicAndItsPage() throws Exception {
        HttpResponse<String> answer = send("""
                {"uri": "%s", "type": "text", "language": "en", "headline": "%s", "byline": "Ana Ruiz",
                 "body_text": "%s"}""".formatted(uri, HEADLINE, body("for three days")));
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(client.readJson(answer.body()).get("id").asString()).isEqualTo(uri);

        await().atMost(PATIENCE).until(() -> client.get("/stories/" + uri).statusCode() == 200);
        JsonNode story = client.getJson("/stories/" + uri);
        tags = names(story.get("tags"), "name");
        assertThat(tags).isNotEmpty();
        assertThat(story.get("story").get("headline").asString()).isEqualTo(HEADLINE);

        assertStored(1, "LIVE");
        assertStreamed("published", 1);
        assertInEveryFeed(HEADLINE);
        String page = HeadlessChromium.dom(pipeline.publishUrl() + "/story/" + uri);
        assertThat(page).contains(HEADLINE, "By Ana Ruiz", "for three days");
        HeadlessChromium.screenshot(pipeline.publishUrl() + "/story/" + uri, "e2e-story");
        assertThat(HeadlessChromium.dom(pipeline.publishUrl() + "/")).contains(HEADLINE);
    }

    private void correctionReplacesItEverywhere() throws Exception {
        HttpResponse<String> answer = send("""
                {"uri": "%s", "type": "text", "language": "en", "headline": "%s", "byline": "Ana Ruiz",
                 "body_text": "%s"}""".formatted(uri, CORRECTED, body("for a week")));
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(client.readJson(answer.body()).get("version").asInt()).isEqualTo(2);

        await().atMost(PATIENCE)
                .until(() -> client.getJson("/stories/" + uri).get("version").asInt() == 2);

        assertStored(2, "LIVE");
        assertStreamed("updated", 2);
        assertInEveryFeed(CORRECTED);
        String page = HeadlessChromium.dom(pipeline.publishUrl() + "/story/" + uri);
        assertThat(page).contains(CORRECTED, "for a week", "Updated").doesNotContain("for three days");
    }

    private void killRemovesItFromEveryFeedAndPageAndIsAnnounced() throws Exception {
        HttpResponse<String> answer = send("""
                {"uri": "%s", "pubstatus": "canceled"}""".formatted(uri));
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(client.readJson(answer.body()).get("version").asInt()).isEqualTo(3);

        await().atMost(PATIENCE).until(() -> client.get("/stories/" + uri).statusCode() == 410);

        assertStored(3, "WITHDRAWN");
        assertThat(store.sql("SELECT version FROM story_version WHERE story_id = :id ORDER BY version")
                        .param("id", uri)
                        .query(Integer.class)
                        .list())
                .containsExactly(1, 2, 3);
        assertStreamed("withdrawn", 3);
        for (String feed : feedUrls()) {
            assertThat(client.get(feed).body()).as(feed).doesNotContain(uri, CORRECTED);
        }
        String page = HeadlessChromium.dom(pipeline.publishUrl() + "/story/" + uri);
        assertThat(page).contains("This story has been withdrawn").doesNotContain(CORRECTED);
        assertThat(HeadlessChromium.dom(pipeline.publishUrl() + "/")).doesNotContain(CORRECTED, uri);

        List<ConsumerRecord<String, byte[]>> published = TopicReader.withKey(
                TopicReader.read(
                        broker.bootstrapServers(),
                        Topics.PUBLISHED_NAME,
                        PATIENCE,
                        records -> TopicReader.withKey(records, uri).size() >= 3),
                uri);
        assertThat(published)
                .extracting(record -> event(record).get("change").asString() + "@"
                        + event(record).get("version").asInt())
                .containsExactly("PUBLISHED@1", "UPDATED@2", "WITHDRAWN@3");
        assertThat(published)
                .extracting(record -> header(record, Headers.TRACE_ID))
                .containsOnly(traceId);
        assertThat(published).extracting(record -> header(record, Headers.DESK)).containsOnly("test-desk");
        assertThat(event(published.get(2)).get("url").asString()).isEqualTo(pipeline.publishUrl() + "/stories/" + uri);
        assertThat(names(event(published.get(2)).get("tags"), "name")).containsExactlyInAnyOrderElementsOf(tags);
    }

    private HttpResponse<String> send(String ninjs) throws Exception {
        return client.postStory(
                ninjs.getBytes(StandardCharsets.UTF_8),
                "application/json",
                "test-desk",
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
    }

    private static String body(String howLong) {
        return ("Thousands of dockworkers at the port of Rotterdam in the Netherlands walked out on Monday " + howLong
                + " after wage talks failed, union leader Pieter Jansen said.\\n\\n"
                + "Shipping lines diverted container ships to Antwerp in Belgium and Hamburg in Germany.");
    }

    private void assertStored(int version, String state) {
        assertThat(store.sql("SELECT version || ' ' || state FROM story WHERE story_id = :id")
                        .param("id", uri)
                        .query(String.class)
                        .single())
                .isEqualTo(version + " " + state);
    }

    private void assertStreamed(String change, int version) throws InterruptedException {
        SseClient.Event event = stream.next("\"id\":\"" + uri + "\",\"version\":" + version, PATIENCE);
        assertThat(event.name()).isEqualTo(change);
        assertThat(event.id()).matches("[0-9]+");
    }

    /** Every feed format, filtered by one of the story's tags, holds it with its headline, link and tags. */
    private void assertInEveryFeed(String headline) throws Exception {
        JsonNode json = client.getJson("/feed?tag=" + encoded(tags.get(0)));
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(uri);
        assertThat(item.get("headline").asString()).isEqualTo(headline);
        // a feed item names the story's first ten tags; the story and the syndication feeds name all
        assertThat(names(item.get("tags"), "name"))
                .containsExactlyElementsOf(tags.subList(0, Math.min(10, tags.size())));

        for (String feed : feedUrls()) {
            JsonNode read = FeedCheck.read(
                    feed.startsWith("/feed.json") ? "json" : "xml",
                    client.get(feed).body());
            assertThat(read.get("problems")).as(feed).isEmpty();
            JsonNode entry = read.get("entries").get(0);
            assertThat(entry.get("title").asString()).as(feed).isEqualTo(headline);
            assertThat(entry.get("link").asString()).as(feed).isEqualTo(pipeline.publishUrl() + "/story/" + uri);
            List<String> entryTags = new ArrayList<>();
            entry.get("tags").forEach(tag -> entryTags.add(tag.asString()));
            assertThat(entryTags).as(feed).containsExactlyElementsOf(tags);
        }
    }

    private List<String> feedUrls() {
        String tag = encoded(tags.get(0));
        return List.of("/feed.json?tag=" + tag, "/feed.atom?tag=" + tag, "/feed.rss?tag=" + tag);
    }

    private static String encoded(String tag) {
        return URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode event(ConsumerRecord<String, byte[]> record) {
        return client.readJson(new String(record.value(), StandardCharsets.UTF_8));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get(field).asString()));
        return names;
    }
}
