package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.LinkRevisions;
import news.wireline.local.TopicReader;
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
 * Issue 16: a story's life is safe across desks and replays. Desk A owns what it sends first;
 * desk B's corrections, kills and outsized versions of it are refused over HTTP and on the raw
 * topic, and a killed story stays killed whatever old copy follows, until its desk numbers a
 * version above the kill. Checked with exact counts on every topic and in the feed store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryOwnershipTest {

    static final Duration PATIENCE = Duration.ofSeconds(180);
    static final int STORIES = 100;
    /** The pipeline's two standard desks; the raw topic names its desk in the wireline-desk header. */
    static final String DESK_A = PipelineConfig.STANDARD_DESKS.get(0);

    static final String DESK_B = PipelineConfig.STANDARD_DESKS.get(1);

    final String run = UUID.randomUUID().toString().substring(0, 8);
    InProcessPipeline running;
    PipelineClient client;

    @BeforeAll
    void start() throws Exception {
        running = InProcessPipeline.start("ownership", 3, Map.of());
        client = running.client;
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void anotherDeskCanNeitherCorrectNorKillNorOutnumberADesksStories() throws Exception {
        List<String> ids = IntStream.range(0, STORIES)
                .mapToObj(n -> DESK_A + ":urn:" + run + ":" + n)
                .toList();
        for (int n = 0; n < STORIES; n++) {
            assertThat(post(DESK_A, ninjs(ids.get(n), null, "Harbour " + n + " reopens", "reopened"))
                            .statusCode())
                    .isEqualTo(202);
        }
        awaitEveryStoryAt(ids, 1);

        List<String> fromB = new ArrayList<>();
        for (int n = 0; n < STORIES; n++) {
            String id = ids.get(n);
            fromB.add(
                    n < 40
                            ? ninjs(id, null, "Harbour " + n + " stays shut", "stayed shut")
                            : n < 70
                                    ? "{\"uri\": \"" + id + "\", \"pubstatus\": \"canceled\"}"
                                    : ninjs(id, 999_999_999, "Harbour " + n + " sold", "was sold"));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String copy : fromB) {
            answers.add(post(DESK_B, copy));
        }
        // Two of them again as a batch, which answers line by line.
        HttpResponse<String> batch = client.postStory(
                (fromB.get(0) + "\n" + fromB.get(99) + "\n").getBytes(StandardCharsets.UTF_8),
                "application/x-ndjson",
                DESK_B);
        for (int n = 0; n < STORIES; n++) {
            sendRaw(ids.get(n), DESK_B, "application/json", fromB.get(n));
        }

        assertThat(answers)
                .extracting(HttpResponse::statusCode)
                .containsOnly(403)
                .hasSize(STORIES);
        assertThat(answers)
                .extracting(answer -> client.readJson(answer.body()).get("code").asString())
                .containsOnly("NOT_OWNER");
        assertThat(client.readJson(answers.get(0).body()).get("message").asString())
                .startsWith("story id " + ids.get(0) + " is in desk " + DESK_A + "'s namespace; desk " + DESK_B);
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(client.readJson(batch.body()).get("lines"))
                .extracting(line ->
                        line.get("status").asString() + " " + line.get("code").asString())
                .containsExactly("REJECTED NOT_OWNER", "REJECTED NOT_OWNER");
        List<ConsumerRecord<String, byte[]>> dead = awaitRecords(Topics.DEAD_LETTER_NAME, ids, STORIES);
        assertThat(dead).hasSize(STORIES);
        assertThat(dead)
                .extracting(record -> header(record, Headers.REJECT_CODE))
                .containsOnly("NOT_OWNER");
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(awaitRecords(Topics.INGESTED_NAME, ids, STORIES))
                .extracting(record -> deskAndVersion(record))
                .containsOnly(DESK_A + "@1")
                .hasSize(STORIES);
        assertThat(feedItems(ids))
                .extracting(item ->
                        item.get("desk").asString() + "@" + item.get("version").asInt())
                .containsOnly(DESK_A + "@1")
                .hasSize(STORIES);
        assertThat(awaitRecords(Topics.PUBLISHED_NAME, ids, STORIES))
                .extracting(this::change)
                .containsOnly("PUBLISHED@1")
                .hasSize(STORIES);

        List<Integer> correctedByA = new ArrayList<>();
        for (int n = 0; n < STORIES; n++) {
            HttpResponse<String> answer =
                    post(DESK_A, ninjs(ids.get(n), 2, "Harbour " + n + " reopens to ferries", "reopened to ferries"));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
            correctedByA.add(client.readJson(answer.body()).get("version").asInt());
        }

        assertThat(correctedByA).containsOnly(2).hasSize(STORIES);
        awaitEveryStoryAt(ids, 2);
        assertThat(feedItems(ids))
                .extracting(item ->
                        item.get("desk").asString() + "@" + item.get("version").asInt())
                .containsOnly(DESK_A + "@2")
                .hasSize(STORIES);
        List<ConsumerRecord<String, byte[]>> published = awaitRecords(Topics.PUBLISHED_NAME, ids, 2 * STORIES);
        assertThat(published)
                .extracting(this::change)
                .filteredOn(change -> change.startsWith("WITHDRAWN"))
                .isEmpty();
        assertThat(published)
                .extracting(this::change)
                .hasSize(2 * STORIES)
                .containsOnly("PUBLISHED@1", "UPDATED@2")
                .filteredOn("UPDATED@2"::equals)
                .hasSize(STORIES);
    }

    @Test
    void killedStoryStaysGoneWhateverOldCopyFollowsUntilItsDeskReinstatesIt() throws Exception {
        String headline = "Dockworkers walk out at Rotterdam " + run;
        String original = TestStories.withHeadline(TestStories.load(TestStories.PORT_STRIKE), headline);
        String correction = original.replace("Thousands of dockworkers", "Several thousand dockworkers");
        String kill = "KILL\n" + headline + "\n\nThe story named the wrong port.\n";
        HttpResponse<String> first = postText(original);
        String id = client.readJson(first.body()).get("id").asString();
        HttpResponse<String> corrected = postText(correction);
        HttpResponse<String> killed = postText(kill);
        await().atMost(PATIENCE).until(() -> client.get("/stories/" + id).statusCode() == 410);

        List<HttpResponse<String>> resent = List.of(postText(original), postText(correction), postText(kill));
        HttpResponse<String> rewritten = postText(original.replace("Thousands of dockworkers", "Dockworkers"));
        sendRaw(id, DESK_A, "text/plain; charset=utf-8", original);
        sendRaw(id, DESK_A, "text/plain; charset=utf-8", correction);
        // Last on the story's partition: once it is dead-lettered, the re-sends before it were read.
        sendRaw(id, DESK_A, "text/plain; charset=utf-8", correction.replace("Several thousand", "Some"));

        assertThat(List.of(first, corrected, killed))
                .extracting(answer -> answer.statusCode() + " " + version(answer))
                .containsExactly("202 1", "202 2", "202 3");
        assertThat(resent)
                .extracting(answer -> answer.statusCode() + " "
                        + client.readJson(answer.body()).get("status").asString() + " " + version(answer))
                .containsExactly("200 DUPLICATE 1", "200 DUPLICATE 2", "200 DUPLICATE 3");
        assertThat(rewritten.statusCode()).isEqualTo(409);
        JsonNode refusal = client.readJson(rewritten.body());
        assertThat(refusal.get("code").asString()).isEqualTo("KILLED");
        assertThat(refusal.get("field").asString()).isEqualTo("version");
        assertThat(refusal.get("message").asString()).startsWith("story " + id + " was killed at version 3;");
        List<ConsumerRecord<String, byte[]>> dead = awaitRecords(Topics.DEAD_LETTER_NAME, List.of(id), 1);
        assertThat(dead)
                .extracting(record -> header(record, Headers.REJECT_CODE))
                .containsExactly("KILLED");
        assertThat(client.get("/stories/" + id).statusCode()).isEqualTo(410);
        assertThat(awaitRecords(Topics.INGESTED_NAME, List.of(id), 3))
                .extracting(this::deskAndVersion)
                .containsExactly(DESK_A + "@1", DESK_A + "@2", DESK_A + "@3");
        assertThat(awaitRecords(Topics.PUBLISHED_NAME, List.of(id), 3))
                .extracting(this::change)
                .containsExactly("PUBLISHED@1", "UPDATED@2", "WITHDRAWN@3");

        // Plain text numbers no versions, so the desk reinstates its story as ninjs under the story's id.
        HttpResponse<String> reinstated = post(DESK_A, ninjs(id, 4, headline, "walked out"));

        assertThat(reinstated.statusCode() + " " + version(reinstated)).isEqualTo("202 4");
        await().atMost(PATIENCE).until(() -> client.get("/stories/" + id).statusCode() == 200);
        assertThat(client.getJson("/stories/" + id).get("version").asInt()).isEqualTo(4);
        assertThat(awaitRecords(Topics.PUBLISHED_NAME, List.of(id), 4))
                .extracting(this::change)
                .containsExactly("PUBLISHED@1", "UPDATED@2", "WITHDRAWN@3", "PUBLISHED@4");
    }

    private HttpResponse<String> post(String desk, String ninjs) throws Exception {
        return client.postStory(ninjs.getBytes(StandardCharsets.UTF_8), "application/json", desk);
    }

    private HttpResponse<String> postText(String text) throws Exception {
        return client.postStory(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", DESK_A);
    }

    /** As a wire desk writing to Kafka would: keyed by the story's id, naming itself in a header. */
    private void sendRaw(String key, String desk, String contentType, String copy) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, running.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(Topics.RAW_NAME, key, copy.getBytes(StandardCharsets.UTF_8));
            record.headers().add(Headers.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
            record.headers().add(Headers.DESK, desk.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private void awaitEveryStoryAt(List<String> ids, int version) {
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (String id : ids) {
                HttpResponse<String> story = client.get("/stories/" + encoded(id));
                if (story.statusCode() != 200
                        || client.readJson(story.body()).get("version").asInt() != version) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The records of these stories on a topic, once there are at least {@code expected} of them. */
    private List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, List<String> ids, int expected) {
        Set<String> keys = new HashSet<>(ids);
        List<ConsumerRecord<String, byte[]>> read = TopicReader.read(
                running.bootstrapServers(),
                topic,
                PATIENCE,
                records -> ofThese(topic, keys, records).size() >= expected);
        return ofThese(topic, keys, read);
    }

    /** These stories' records; on the published topic without link revisions, which enrich makes as it sees fit. */
    private static List<ConsumerRecord<String, byte[]>> ofThese(
            String topic, Set<String> keys, List<ConsumerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> these =
                records.stream().filter(record -> keys.contains(record.key())).toList();
        return topic.equals(Topics.PUBLISHED_NAME) ? LinkRevisions.leftOut(these) : these;
    }

    /** Every feed item of these stories, page by page. */
    private List<JsonNode> feedItems(List<String> ids) throws Exception {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, JsonNode> items = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = client.getJson("/feed?limit=50" + (cursor == null ? "" : "&cursor=" + encoded(cursor)));
            page.get("items").forEach(item -> {
                if (wanted.contains(item.get("id").asString())) {
                    items.put(item.get("id").asString(), item);
                }
            });
            cursor = page.get("next") == null || page.get("next").isNull()
                    ? null
                    : page.get("next").asString();
        } while (cursor != null);
        return List.copyOf(items.values());
    }

    private String change(ConsumerRecord<String, byte[]> record) {
        JsonNode event = event(record);
        return event.get("change").asString() + "@" + event.get("version").asInt();
    }

    private String deskAndVersion(ConsumerRecord<String, byte[]> record) {
        JsonNode event = event(record);
        return event.get("desk").asString() + "@" + event.get("version").asInt();
    }

    private JsonNode event(ConsumerRecord<String, byte[]> record) {
        return client.readJson(new String(record.value(), StandardCharsets.UTF_8));
    }

    private int version(HttpResponse<String> answer) {
        return client.readJson(answer.body()).get("version").asInt();
    }

    private static String ninjs(String uri, Integer version, String headline, String what) {
        return """
                {"uri": "%s",%s "type": "text", "language": "en", "headline": "%s", \
                "body_text": "The harbour at Skerrin %s on Monday, the port authority said.\\n\\nFerries to the islands ran to the timetable."}\
                """.formatted(uri, version == null ? "" : " \"version\": \"" + version + "\",", headline, what);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
