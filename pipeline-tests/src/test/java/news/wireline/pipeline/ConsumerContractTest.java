package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.runner.PipelineConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a consumer outside the pipeline is promised, checked on real records: three stories (one
 * published, one corrected, one corrected and killed) through the real services, broker and
 * database, then every event on the stage topics validated by its JSON Schema and the
 * current-stories topic read as a new consumer would bootstrap from it; then the Python and kcat
 * commands of docs/consumers.md run as written, their output checked against what kafka-clients reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerContractTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String KCAT_VALUES =
            "kcat -C -b \"$BROKER\" -t wireline.stories.published -o beginning -e -f '%k %s\\n'";
    static final String KCAT_HEADERS =
            "kcat -C -b \"$BROKER\" -t wireline.stories.published -o beginning -e -f '%k %h\\n'";
    static final String KCAT_CURRENT =
            "kcat -C -b \"$BROKER\" -t wireline.stories.current -o beginning -e -Z -f '%k %s\\n'";
    static final String PYTHON_PUBLISHED = "python3 consumers/read_published.py \"$BROKER\" wireline.stories.published";
    static final String PYTHON_CURRENT = "python3 consumers/read_published.py \"$BROKER\" wireline.stories.current";
    static final String DESK = PipelineConfig.STANDARD_DESKS.get(0);
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaIdResolvers(
                    ids -> ids.mapPrefix("https://wireline.news/schema/", "classpath:schema/")));

    final JsonMapper json = JsonMapper.builder().build();
    final String run = UUID.randomUUID().toString().substring(0, 8);
    InProcessPipeline running;
    BrokerOps ops;
    String kept;
    String corrected;
    String killed;

    @BeforeAll
    void sendThreeStories() throws Exception {
        running = InProcessPipeline.start("contract", 3, Map.of());
        ops = new BrokerOps(running.bootstrapServers());
        String keptStory = story("Ferry crews strike at Calais " + run);
        String correctedStory = story("Dockworkers walk out at Rotterdam " + run);
        String killedStory = story("Rail freight halts at Duisburg " + run);
        kept = idOf(post(keptStory));
        corrected = idOf(post(correctedStory));
        post(correctedStory.replace("Thousands of dockworkers", "Several thousand dockworkers"));
        killed = idOf(post(killedStory));
        post(killedStory.replace("Thousands of dockworkers", "Several thousand dockworkers"));
        post("KILL\nRail freight halts at Duisburg " + run + "\n\nThe story named the wrong city.\n");
        await().atMost(PATIENCE).until(() -> publishedChanges().size() == 6);
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
    void everyEventOnTheStageTopicsIsValidByTheSchemaItsHeaderNames() throws Exception {
        Map<String, Integer> checked = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (String topic :
                List.of(Topics.INGESTED_NAME, Topics.ENRICHED_NAME, Topics.PUBLISHED_NAME, Topics.CURRENT_NAME)) {
            for (ConsumerRecord<String, byte[]> record : ours(topic)) {
                if (record.value() == null) {
                    continue;
                }
                String schema = HostileDoors.header(record, Headers.CE_DATASCHEMA);
                SCHEMAS
                        .getSchema(SchemaLocation.of(schema))
                        .validate(new String(record.value(), StandardCharsets.UTF_8), InputFormat.JSON)
                        .stream()
                        .map(Error::toString)
                        .forEach(error -> errors.add(topic + " " + record.key() + ": " + error));
                checked.merge(topic, 1, Integer::sum);
            }
        }

        assertThat(errors).isEmpty();
        assertThat(checked.get(Topics.INGESTED_NAME)).isEqualTo(6);
        assertThat(checked.get(Topics.ENRICHED_NAME)).isGreaterThanOrEqualTo(6);
        assertThat(checked.get(Topics.PUBLISHED_NAME)).isEqualTo(6);
        assertThat(checked.get(Topics.CURRENT_NAME)).isEqualTo(5);
    }

    @Test
    void theCurrentStoriesTopicEndsWithEachStorysLatestVersionOrATombstone() throws Exception {
        Map<String, List<String>> current = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : ours(Topics.CURRENT_NAME)) {
            current.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(change(record));
        }

        assertThat(current)
                .containsOnlyKeys(kept, corrected, killed)
                .containsEntry(kept, List.of("PUBLISHED@1"))
                .containsEntry(corrected, List.of("PUBLISHED@1", "UPDATED@2"))
                .containsEntry(killed, List.of("PUBLISHED@1", "UPDATED@2", "tombstone"));
        JsonNode latest = json.readTree(ours(Topics.CURRENT_NAME).stream()
                .filter(record -> record.key().equals(corrected))
                .reduce((first, second) -> second)
                .orElseThrow()
                .value());
        assertThat(latest.get("content").get("body").get(0).asString()).startsWith("Several thousand dockworkers");
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, running.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CURRENT_NAME);
            assertThat(admin.describeConfigs(List.of(topic))
                            .all()
                            .get()
                            .get(topic)
                            .get(TopicConfig.CLEANUP_POLICY_CONFIG)
                            .value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        assertThat(publishedChanges())
                .containsExactlyInAnyOrder(
                        kept + " PUBLISHED@1",
                        corrected + " PUBLISHED@1",
                        corrected + " UPDATED@2",
                        killed + " PUBLISHED@1",
                        killed + " UPDATED@2",
                        killed + " WITHDRAWN@3");
    }

    @Test
    void theDocumentedPythonAndKcatCommandsReadTheRealTopics() throws Exception {
        ShellCommands shell = ShellCommands.withConfluentKafka(running.bootstrapServers());
        assumeTrue(shell != null, "python3-confluent-kafka is not installed: apt-get install python3-confluent-kafka");
        assumeTrue(shell.succeeds("kcat -V"), "kcat is not installed: apt-get install kcat");
        Map<String, Function<ConsumerRecord<String, byte[]>, String>> expected = Map.of(
                KCAT_VALUES, record -> record.key() + " " + new String(record.value(), StandardCharsets.UTF_8),
                KCAT_HEADERS, record -> record.key() + " " + kcatHeaders(record),
                KCAT_CURRENT,
                        record -> record.key() + " "
                                + (record.value() == null
                                        ? "NULL"
                                        : new String(record.value(), StandardCharsets.UTF_8)),
                PYTHON_PUBLISHED, this::pythonLine,
                PYTHON_CURRENT, this::pythonLine);

        assertThat(documentedCommands()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, Function<ConsumerRecord<String, byte[]>, String>> command : expected.entrySet()) {
            String topic = command.getKey().contains(Topics.CURRENT_NAME) ? Topics.CURRENT_NAME : Topics.PUBLISHED_NAME;
            ShellCommands.Result result = shell.run(command.getKey());

            assertThat(result.exitCode())
                    .as(command.getKey() + "\n" + result.errors())
                    .isZero();
            assertThat(result.lines().stream().filter(this::isOurs).toList())
                    .as(command.getKey())
                    .containsExactlyInAnyOrderElementsOf(
                            ours(topic).stream().map(command.getValue()).toList());
        }
        assertThat(shell.run(PYTHON_PUBLISHED).lines().stream()
                        .filter(line -> line.startsWith(killed + " "))
                        .map(line -> line.split(" ")[1]))
                .containsExactly(
                        "news.wireline.story.published",
                        "news.wireline.story.updated",
                        "news.wireline.story.withdrawn");
    }

    private List<String> publishedChanges() throws Exception {
        return ours(Topics.PUBLISHED_NAME).stream()
                .map(record -> record.key() + " " + change(record))
                .toList();
    }

    /** The command lines of docs/consumers.md that read a topic to its end: those a test can run to completion. */
    private static List<String> documentedCommands() throws IOException {
        return Files.readAllLines(ShellCommands.REPOSITORY.resolve("docs/consumers.md")).stream()
                .filter(line -> line.startsWith("kcat -C ") || line.startsWith("python3 consumers/"))
                .toList();
    }

    private boolean isOurs(String line) {
        return List.of(kept, corrected, killed).contains(line.split(" ")[0]);
    }

    private String pythonLine(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return record.key() + " tombstone";
        }
        JsonNode event = json.readTree(record.value());
        return String.join(
                " ",
                record.key(),
                HostileDoors.header(record, Headers.CE_TYPE),
                HostileDoors.header(record, Headers.CE_ID),
                change(record),
                event.get("headline").asString());
    }

    /** kcat's {@code %h}: every header as name=value, comma-separated, in the record's order. */
    private static String kcatHeaders(ConsumerRecord<String, byte[]> record) {
        List<String> headers = new ArrayList<>();
        record.headers()
                .forEach(
                        header -> headers.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8)));
        return String.join(",", headers);
    }

    private String change(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return "tombstone";
        }
        JsonNode event = json.readTree(record.value());
        return event.get("change").asString() + "@" + event.get("version").asInt();
    }

    private List<ConsumerRecord<String, byte[]>> ours(String topic) throws Exception {
        List<String> ids = List.of(kept, corrected, killed);
        return ops.readToEnd(topic).stream()
                .filter(record -> ids.contains(record.key()))
                .toList();
    }

    private String post(String text) throws Exception {
        return running.client
                .postStory(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", DESK)
                .body();
    }

    private String idOf(String answer) {
        return json.readTree(answer).get("id").asString();
    }

    private static String story(String headline) {
        return TestStories.withHeadline(TestStories.load(TestStories.PORT_STRIKE), headline);
    }
}
