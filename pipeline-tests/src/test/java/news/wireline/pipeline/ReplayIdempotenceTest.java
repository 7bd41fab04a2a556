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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.LinkRevisions;
import news.wireline.local.TopicReader;
import news.wireline.ops.DeadLetterReplay;
import news.wireline.runner.PipelineClient;
import news.wireline.runner.PipelineConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: replays are idempotent. A desk's stories, corrections and kills, read again from the
 * start of the raw topic by an ingest restarted after compaction, and its refused copy replayed
 * from the dead letters twice, change nothing: no new event on any topic, the same feed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayIdempotenceTest {

    static final Duration PATIENCE = Duration.ofSeconds(180);
    static final int STORIES = 200;
    static final int KILLED = 50;
    static final int REFUSED = 10;
    /** Enough stories that every partition of the ingested topic nearly surely gets one, rolling its segment. */
    static final int OTHERS_PER_POLL = 12;

    static final String INGEST_GROUP = "ingest-service";
    static final String RAW_LISTENER = "ingest-raw";
    static final String DESK_A = PipelineConfig.STANDARD_DESKS.get(0);
    static final String DESK_B = PipelineConfig.STANDARD_DESKS.get(1);

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<String> ids = IntStream.range(0, STORIES)
            .mapToObj(n -> DESK_A + ":urn:replay:" + run + ":" + n)
            .toList();
    final List<String> killed = ids.subList(0, KILLED);
    final List<String> live = ids.subList(KILLED, STORIES);
    InProcessPipeline running;
    PipelineClient client;
    BrokerOps ops;

    @BeforeAll
    void start() throws Exception {
        running = InProcessPipeline.start("replay", 3, Map.of());
        client = running.client;
        ops = new BrokerOps(running.bootstrapServers());
    }

    @AfterAll
    void stop() {
        if (ops != null) {
            ops.close();
        }
        if (running != null) {
            running.close();
        }
    }

    @Test
    void rawTopicReadAgainAndDeadLettersReplayedTwiceChangeNothing() throws Exception {
        // Given 200 stories, a correction of each, kills of the first 50 and 10 copies from a desk that owns none.
        try (KafkaProducer<String, byte[]> desk = producer()) {
            ids.forEach(id -> send(desk, id, DESK_A, ninjs(id, "Harbour reopens", "reopened")));
            ids.forEach(id -> send(desk, id, DESK_A, ninjs(id, "Harbour reopens to ferries", "reopened to ferries")));
            killed.forEach(id -> send(desk, id, DESK_A, "{\"uri\": \"" + id + "\", \"pubstatus\": \"canceled\"}"));
            live.subList(0, REFUSED).forEach(id -> send(desk, id, DESK_B, ninjs(id, "Harbour sold", "was sold")));
        }
        awaitFeed();
        assertThat(awaitRecords(Topics.PUBLISHED_NAME, ids, 2 * STORIES + KILLED))
                .hasSize(2 * STORIES + KILLED);
        assertThat(awaitRecords(Topics.DEAD_LETTER_NAME, ids, REFUSED))
                .extracting(this::rejectCode)
                .containsOnly("NOT_OWNER")
                .hasSize(REFUSED);
        // And the ingested topic compacted to each story's latest event, as a long-running broker leaves it.
        compactIngestedTopic();
        assertThat(records(Topics.INGESTED_NAME, ids))
                .extracting(this::idAndVersion)
                .containsExactlyInAnyOrderElementsOf(ids.stream()
                        .map(id -> id + "@" + (killed.contains(id) ? 3 : 2))
                        .toList());
        Map<TopicPartition, Long> ingestedBefore = ops.endOffsets(Topics.INGESTED_NAME);
        Map<TopicPartition, Long> publishedBefore = settledEndOffsets(Topics.PUBLISHED_NAME);

        // When ingest restarts, reads the raw topic again from the start, and ops replays the dead letters twice.
        running.pipeline.restartIngest();
        client.awaitReady(PATIENCE);
        readRawTopicAgain();
        awaitIngestCaughtUp();
        assertThat(records(Topics.DEAD_LETTER_NAME, ids)).hasSize(2 * REFUSED);
        DeadLetterReplay.Report first = new DeadLetterReplay(running.bootstrapServers()).replay(record -> true, false);
        awaitIngestCaughtUp();
        DeadLetterReplay.Report second = new DeadLetterReplay(running.bootstrapServers()).replay(record -> true, false);
        awaitIngestCaughtUp();

        // Then every copy was a duplicate or refused again, and nothing new reached any topic or the feed.
        assertThat(first.replayed()).isEqualTo(2 * REFUSED);
        assertThat(second.replayed()).isEqualTo(4 * REFUSED);
        assertThat(records(Topics.DEAD_LETTER_NAME, ids))
                .extracting(this::rejectCode)
                .containsOnly("NOT_OWNER")
                .hasSize(8 * REFUSED);
        assertThat(ops.endOffsets(Topics.INGESTED_NAME)).isEqualTo(ingestedBefore);
        assertThat(ops.endOffsets(Topics.PUBLISHED_NAME)).isEqualTo(publishedBefore);
        Map<String, List<String>> published = records(Topics.PUBLISHED_NAME, ids).stream()
                .collect(Collectors.groupingBy(
                        ConsumerRecord::key, Collectors.mapping(this::change, Collectors.toList())));
        assertThat(killed)
                .allSatisfy(
                        id -> assertThat(published.get(id)).containsExactly("PUBLISHED@1", "UPDATED@2", "WITHDRAWN@3"));
        assertThat(live).allSatisfy(id -> assertThat(published.get(id)).containsExactly("PUBLISHED@1", "UPDATED@2"));
        assertThat(feedStatuses()).isEqualTo(expectedFeed());
    }

    private void awaitFeed() {
        Map<String, String> expected = expectedFeed();
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> feedStatuses().equals(expected));
    }

    /** 150 stories live at their correction, 50 gone. */
    private Map<String, String> expectedFeed() {
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> killed.contains(id) ? "410" : "200@2"));
    }

    /** Each story's answer from {@code GET /stories/{id}}, with its version when it is live. */
    private Map<String, String> feedStatuses() throws Exception {
        Map<String, String> statuses = new HashMap<>();
        for (String id : ids) {
            HttpResponse<String> story = client.get("/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            statuses.put(
                    id,
                    story.statusCode() == 200
                            ? "200@"
                                    + client.readJson(story.body())
                                            .get("version")
                                            .asInt()
                            : String.valueOf(story.statusCode()));
        }
        return statuses;
    }

    /**
     * The cleaner compacts only segments no longer written to, and a segment rolls only when a
     * record arrives after it is a second old: so other stories keep arriving until it has.
     */
    private void compactIngestedTopic() throws Exception {
        ops.compactEagerly(Topics.INGESTED_NAME);
        List<String> others = new ArrayList<>();
        try (KafkaProducer<String, byte[]> desk = producer()) {
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> {
                for (int n = 0; n < OTHERS_PER_POLL; n++) {
                    String id = DESK_A + ":urn:replay-other:" + run + ":" + others.size();
                    others.add(id);
                    send(desk, id, DESK_A, ninjs(id, "Tide tables printed", "printed its tide tables"));
                }
                desk.flush();
                return records(Topics.INGESTED_NAME, ids).size() == STORIES;
            });
        }
        awaitRecords(Topics.PUBLISHED_NAME, others, others.size());
    }

    /** As ops would: stop ingest's raw listener so its group is empty, move the group to the start, start it again. */
    private void readRawTopicAgain() {
        MessageListenerContainer rawListener = running.pipeline
                .ingestContext()
                .getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer(RAW_LISTENER);
        rawListener.stop();
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .untilAsserted(() -> ops.rewindToEarliest(INGEST_GROUP, Topics.RAW_NAME));
        rawListener.start();
    }

    private void awaitIngestCaughtUp() {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ops.lag(INGEST_GROUP, Topics.RAW_NAME) == 0);
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, running.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** As a wire desk writing to Kafka would: keyed by the story's id, naming itself in a header. */
    private static void send(KafkaProducer<String, byte[]> producer, String id, String desk, String ninjs) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.RAW_NAME, id, ninjs.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.DESK, desk.getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    /** The records of these stories on a topic, once there are at least {@code expected} of them. */
    private List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, List<String> keys, int expected) {
        Set<String> wanted = new HashSet<>(keys);
        return ofThese(
                topic,
                wanted,
                TopicReader.read(
                        running.bootstrapServers(),
                        topic,
                        PATIENCE,
                        records -> ofThese(topic, wanted, records).size() >= expected));
    }

    /** The records of these stories on a topic now, read to its end. */
    private List<ConsumerRecord<String, byte[]>> records(String topic, List<String> keys) throws Exception {
        return ofThese(topic, new HashSet<>(keys), ops.readToEnd(topic));
    }

    /** These stories' records; on the published topic without link revisions, which enrich makes as it sees fit. */
    private static List<ConsumerRecord<String, byte[]>> ofThese(
            String topic, Set<String> keys, List<ConsumerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> these =
                records.stream().filter(record -> keys.contains(record.key())).toList();
        return topic.equals(Topics.PUBLISHED_NAME) ? LinkRevisions.leftOut(these) : these;
    }

    /**
     * The topic's end offsets once they have stopped moving for a few seconds: link revisions of
     * the last stories enriched may still be on their way, and they are not the replay's doing.
     */
    private Map<TopicPartition, Long> settledEndOffsets(String topic) throws Exception {
        AtomicReference<Map<TopicPartition, Long>> last = new AtomicReference<>(ops.endOffsets(topic));
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(3)).until(() -> {
            Map<TopicPartition, Long> now = ops.endOffsets(topic);
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    private String change(ConsumerRecord<String, byte[]> record) {
        JsonNode event = event(record);
        return event.get("change").asString() + "@" + event.get("version").asInt();
    }

    private String idAndVersion(ConsumerRecord<String, byte[]> record) {
        return record.key() + "@" + event(record).get("version").asInt();
    }

    private String rejectCode(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(Headers.REJECT_CODE).value(), StandardCharsets.UTF_8);
    }

    private JsonNode event(ConsumerRecord<String, byte[]> record) {
        return client.readJson(new String(record.value(), StandardCharsets.UTF_8));
    }

    private static String ninjs(String uri, String headline, String what) {
        return """
                {"uri": "%s", "type": "text", "language": "en", "headline": "%s", \
                "body_text": "The harbour at Skerrin %s on Monday, the port authority said.\\n\\nFerries to the islands ran to the timetable."}\
                """.formatted(uri, headline, what);
    }
}
