package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.wireline.events.Story;
import news.wireline.events.Topics;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.local.LinkRevisions;
import news.wireline.local.TopicReader;
import news.wireline.pipeline.HostileCase.Door;
import news.wireline.pipeline.HostileDoors.Outcome;
import news.wireline.runner.PipelineClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Over a thousand hostile stories through the real pipeline, by HTTP and by the raw topic: each is
 * refused with its reason or accepted, published once with its text as sent, and shown nowhere
 * as anything a browser or feed reader would run. Afterwards every service is up and every
 * partition still moves. The counts are printed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final long SEED = 20261125L;
    private static final int PARTITIONS = 3;
    private static final int SENDERS = 8;
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String DATABASE_PASSWORD = "db-secret-" + UUID.randomUUID();
    private static final Pattern CONTROL =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");

    private final HostileTally tally = new HostileTally();
    private final ConsoleCapture logs = new ConsoleCapture();
    /** Story id to the case it came from, for every accepted case. */
    private final Map<String, HostileCase> accepted = new ConcurrentHashMap<>();

    private InProcessPipeline running;
    private HostileDoors doors;

    /**
     * The machine's PostgreSQL trusts local connections, so a password made up here is accepted
     * and can then be looked for in the logs; where the database needs its real password, that one is.
     */
    @BeforeAll
    void startPipeline() throws Exception {
        logs.start();
        running = InProcessPipeline.start(
                "hostile",
                PARTITIONS,
                Map.of("wireline.publish.max-page-size", 5_000, "wireline.publish.feed-size", 5_000),
                DATABASE_PASSWORD);
        doors = new HostileDoors(
                running.pipeline.ingestUrl(), running.pipeline.deskKey("test-desk"), running.bootstrapServers());
    }

    @AfterAll
    void stopPipeline() {
        System.out.println(tally.report());
        if (running != null) {
            running.close();
        }
        logs.stop();
    }

    /** The storm, then what it left: each step reads what the steps before sent. */
    @Test
    void aThousandHostileStoriesAreRefusedOrPublishedHarmlesslyAndLeaveThePipelineWell() throws Exception {
        everySmallCaseIsRefusedWithItsReasonOrAccepted();
        bigAndMalformedRequestsAreRefusedPromptly();
        everyAcceptedStoryIsPublishedOnceWithItsTextAsSent();
        nothingARenderedPageOrFeedShowsCouldRun();
        readerRequestsWithHostilePathsAndParametersNeverFail();
        afterTheStormEveryServiceIsUpAndEveryPartitionStillMoves();
        ingestRefusesEveryRequestWithoutItsDeskKey();
        neitherTheDeskKeyNorTheDatabasePasswordIsLogged();
    }

    private void everySmallCaseIsRefusedWithItsReasonOrAccepted() throws Exception {
        List<HostileCase> corpus = HostileCorpus.small(SEED);
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());

        List<HostileCase> overKafka =
                corpus.stream().filter(each -> each.door() == Door.KAFKA).toList();
        overKafka.forEach(tally::sent);
        doors.produce(overKafka, Map.of());
        inParallel(corpus.stream().filter(each -> each.door() == Door.HTTP).toList(), each -> {
            tally.sent(each);
            check(each, doors.post(each), wrong);
        });
        Map<String, Outcome> fromKafka = doors.outcomesOf(overKafka, PATIENCE);
        for (HostileCase each : overKafka) {
            Outcome outcome =
                    fromKafka.getOrDefault(each.name(), new Outcome(null, null, "neither ingested nor dead-lettered"));
            if (outcome.code() != null) {
                tally.deadLettered.incrementAndGet();
            }
            check(each, outcome, wrong);
        }

        assertThat(wrong).isEmpty();
        assertThat(tally.accepted.get()).isPositive();
    }

    private void bigAndMalformedRequestsAreRefusedPromptly() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (HostileCase each : HostileCorpus.big(SEED)) {
            tally.sent(each);
            if (each.door() == Door.HTTP) {
                check(each, doors.post(each), wrong);
            } else {
                doors.produce(List.of(each), Map.of());
                Outcome outcome = doors.outcomesOf(List.of(each), PATIENCE)
                        .getOrDefault(each.name(), new Outcome(null, null, "neither ingested nor dead-lettered"));
                if (outcome.code() != null) {
                    tally.deadLettered.incrementAndGet();
                }
                check(each, outcome, wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void everyAcceptedStoryIsPublishedOnceWithItsTextAsSent() throws Exception {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> feedIds().containsAll(accepted.keySet()));
        List<String> feed = feedIds();
        Set<String> distinct = new HashSet<>(feed);
        tally.published.set(distinct.size());
        tally.duplicates.set(feed.size() - distinct.size() + duplicatePublications());
        tally.lost.set((int)
                accepted.keySet().stream().filter(id -> !distinct.contains(id)).count());

        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        inParallel(List.copyOf(accepted.keySet()), id -> {
            JsonNode story = client().readJson(get("/stories/" + id, "application/json", wrong))
                    .get("story");
            accepted.get(id).expected().verbatim().forEach((field, text) -> {
                String stored = storedText(story, field);
                if (!text.equals(stored)) {
                    wrong.add(accepted.get(id).name() + ": " + field + " stored as " + stored);
                }
            });
            if (texts(story).anyMatch(HostileInputTest::hasControlCharacter)) {
                wrong.add(accepted.get(id).name() + ": control character stored");
            }
        });

        assertThat(wrong).isEmpty();
        assertThat(tally.lost.get()).isZero();
        assertThat(tally.duplicates.get()).isZero();
    }

    private void nothingARenderedPageOrFeedShowsCouldRun() throws Exception {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        inParallel(List.copyOf(accepted.keySet()), id -> {
            problems.addAll(SafeMarkup.inHtml(
                    get("/story/" + id, "text/html", problems), accepted.get(id).name() + " page"));
            tally.outputsChecked.incrementAndGet();
        });
        String atom = get("/feed.atom", "application/atom+xml", problems);
        String rss = get("/feed.rss", "application/rss+xml", problems);
        problems.addAll(SafeMarkup.inFeed(atom, "Atom"));
        problems.addAll(SafeMarkup.inFeed(rss, "RSS"));
        problems.addAll(SafeMarkup.inHtml(get("/?limit=5000", "text/html", problems), "front page"));
        JsonNode jsonFeed = client().readJson(get("/feed.json", "application/feed+json", problems));
        jsonFeed.get("items")
                .forEach(item -> problems.addAll(
                        SafeMarkup.inHtml(item.path("content_html").asString(""), "JSON Feed " + item.get("id"))));
        tally.outputsChecked.addAndGet(4);

        for (String id : accepted.keySet()) {
            assertThat(atom).as("Atom holds " + id).contains("/story/" + id + "<");
            assertThat(rss).as("RSS holds " + id).contains("/story/" + id + "<");
        }
        assertThat(problems).isEmpty();
    }

    private void readerRequestsWithHostilePathsAndParametersNeverFail() throws Exception {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<String> payloads = Stream.of(HostilePayloads.SQL, HostilePayloads.SCRIPT, HostilePayloads.PATH_LIKE_IDS)
                .flatMap(List::stream)
                .toList();
        List<String> requests = new ArrayList<>();
        for (String payload : payloads) {
            String path = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
            for (String template : List.of(
                    "/stories/%s",
                    "/story/%s",
                    "/tag/%s",
                    "/tags/%s",
                    "/feed?tag=%s",
                    "/feed?cursor=%s",
                    "/feed?since=%s",
                    "/feed?limit=%s",
                    "/feed.atom?section=%s",
                    "/?urgent=%s")) {
                requests.add(template.formatted(path));
            }
        }
        inParallel(requests, request -> {
            tally.readerRequests.incrementAndGet();
            HttpResponse<String> answer = client().get(request);
            if (answer.statusCode() >= 500) {
                problems.add(request + " answered " + answer.statusCode());
            }
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                problems.addAll(SafeMarkup.inHtml(answer.body(), request));
            }
        });
        assertThat(problems).isEmpty();
    }

    private void afterTheStormEveryServiceIsUpAndEveryPartitionStillMoves() throws Exception {
        for (String management : running.pipeline.managementUrls()) {
            HttpResponse<String> health = client().getFrom(management, "/actuator/health");
            assertThat(health.statusCode()).as(management).isEqualTo(200);
            assertThat(client().readJson(health.body()).get("status").asString())
                    .isEqualTo("UP");
        }
        List<HostileCase> afterwards = new ArrayList<>();
        for (int partition = 0; partition < PARTITIONS; partition++) {
            for (Door door : Door.values()) {
                String id = idOnPartition(partition, "after-" + door.name().toLowerCase());
                afterwards.add(new HostileCase(
                        "after/" + door + "/" + partition,
                        "after",
                        door,
                        HostileStory.ordinary(900_000 + afterwards.size()).bytes(HostileStory.Format.NINJS),
                        "application/json",
                        id,
                        Map.of(),
                        HostileCase.Expected.accepted()));
            }
        }
        afterwards.stream()
                .filter(each -> each.door() == Door.HTTP)
                .forEach(each -> assertThat(doors.post(each).accepted()).isTrue());
        doors.produce(
                afterwards.stream().filter(each -> each.door() == Door.KAFKA).toList(), Map.of());

        Set<String> ids =
                new HashSet<>(afterwards.stream().map(HostileCase::wirelineId).toList());
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> feedIds().containsAll(ids));
    }

    private void ingestRefusesEveryRequestWithoutItsDeskKey() throws Exception {
        String key = running.pipeline.deskKey("test-desk");
        byte[] story = HostileStory.ordinary(990_001).bytes(HostileStory.Format.NINJS);
        List<String> refusedAuthorizations = new ArrayList<>(Arrays.asList(
                null,
                "",
                "Bearer",
                "Bearer ",
                "Bearer not-a-desk-key",
                "Basic " + Base64.getEncoder().encodeToString(("test-desk:" + key).getBytes(StandardCharsets.UTF_8)),
                "Bearer " + key.substring(1),
                "Bearer " + key + "x",
                "Bearer " + DeskKeys.sha256(key),
                "Token " + key,
                "Bearer " + "k".repeat(7_000),
                "Bearer '; DROP TABLE stories; --"));
        for (String authorization : refusedAuthorizations) {
            HttpResponse<String> answer = client().postStoryWithAuthorization(story, "application/json", authorization);
            assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(client().readJson(answer.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
        }
        HttpResponse<String> batch = running.client.postStoryWithAuthorization(
                (new String(story, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8),
                "application/x-ndjson",
                null);
        assertThat(batch.statusCode()).isEqualTo(401);
        assertThat(client().postStoryWithAuthorization(story, "application/json", "Bearer " + key)
                        .statusCode())
                .isEqualTo(202);
    }

    /** Every service logged in this JVM's console, so what was captured is what ops would collect. */
    private void neitherTheDeskKeyNorTheDatabasePasswordIsLogged() {
        String logs = this.logs.text();
        assertThat(logs).contains("ingested story").contains("story rejected");
        assertThat(logs).doesNotContain(running.pipeline.deskKey("test-desk"));
        assertThat(logs).doesNotContain(running.pipeline.deskKey("wireline-samples"));
        assertThat(logs).doesNotContain(DATABASE_PASSWORD);
    }

    /** Records the outcome of one case and what is wrong with it, if anything. */
    private void check(HostileCase each, Outcome outcome, List<String> wrong) {
        if (outcome.problem() != null) {
            wrong.add(each.name() + ": " + outcome.problem());
            return;
        }
        if (outcome.accepted()) {
            tally.accepted.incrementAndGet();
            accepted.put(outcome.id(), each);
            if (!each.expected().accepts()) {
                wrong.add(each.name() + ": accepted as " + outcome.id() + ", expected " + each.expected());
            }
        } else {
            tally.rejected(outcome.code());
            if (!each.expected().codes().contains(outcome.code())) {
                wrong.add(each.name() + ": refused " + outcome.code() + ", expected " + each.expected());
            }
        }
    }

    private String get(String path, String contentType, List<String> problems) throws Exception {
        HttpResponse<String> answer = client().get(path);
        if (answer.statusCode() != 200
                || !answer.headers().firstValue("Content-Type").orElse("").startsWith(contentType)) {
            problems.add(path + " answered " + answer.statusCode() + " "
                    + answer.headers().firstValue("Content-Type").orElse("?"));
        }
        return answer.body();
    }

    private List<String> feedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        client().feed(5_000).get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    /**
     * The same (story, version) published twice would reach a downstream consumer twice; a link
     * revision is a new event of that version, announced on purpose, and not counted.
     */
    private int duplicatePublications() {
        List<ConsumerRecord<String, byte[]>> published = LinkRevisions.leftOut(TopicReader.read(
                running.bootstrapServers(), Topics.PUBLISHED_NAME, Duration.ofSeconds(5), read -> false));
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (ConsumerRecord<String, byte[]> record : published) {
            String version = client().readJson(new String(record.value(), StandardCharsets.UTF_8))
                    .get("version")
                    .asString();
            if (!seen.add(record.key() + "@" + version)) {
                duplicates++;
            }
        }
        return duplicates;
    }

    /** An id Kafka's default partitioner puts on {@code partition}, so each partition gets a story. */
    private static String idOnPartition(int partition, String prefix) {
        for (int i = 0; ; i++) {
            String id = prefix + "-" + i;
            if (Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % PARTITIONS == partition) {
                return id;
            }
        }
    }

    private PipelineClient client() {
        return running.client;
    }

    private interface Check<T> {
        void accept(T item) throws Exception;
    }

    private static <T> void inParallel(List<T> items, Check<T> check) throws InterruptedException {
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (T item : items) {
            senders.execute(() -> {
                try {
                    check.accept(item);
                } catch (Throwable e) {
                    failures.add(new AssertionError(item + ": " + e, e));
                }
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        assertThat(failures).isEmpty();
    }

    static String storedText(Story story, String field) {
        return switch (field) {
            case "headline" -> story.headline();
            case "section" -> story.section();
            case "body" -> story.body().get(0);
            case "caption" -> story.images().get(0).caption();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String storedText(JsonNode story, String field) {
        return switch (field) {
            case "body" -> story.get("body").get(0).asString();
            case "caption" -> story.get("images").get(0).get("caption").asString();
            default -> story.path(field).asString(null);
        };
    }

    /** Every string in a JSON answer, however deep. */
    private static Stream<String> texts(JsonNode node) {
        if (node.isString()) {
            return Stream.of(node.asString());
        }
        List<JsonNode> children = new ArrayList<>();
        node.values().forEach(children::add);
        return children.stream().flatMap(HostileInputTest::texts);
    }

    static boolean hasControlCharacter(String text) {
        return CONTROL.matcher(text).find();
    }
}
