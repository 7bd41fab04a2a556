package news.wireline.enrich.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.wireline.enrich.EnrichApplication;
import news.wireline.enrich.corpus.CorpusView;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryIngested;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.local.BoundSettings;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrich instances on a real broker keep their corpus index in a directory: restarted, one reads
 * only the enriched records written after the offsets its index holds, and then links and dates
 * stories exactly as an instance that read the whole topic; a new instance started from a copy of
 * another's index (the runbook in docs/operations.md) does the same; a topic deleted and created
 * again is read from its start. Another instance, outside, writes the enriched topic throughout.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorpusRestartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static Path brokerLogs;
    private static LocalKafkaBroker broker;
    private static Path kept;
    private static Path copied;
    private static StoryEnricher elsewhere;
    private static final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private static ConfigurableApplicationContext restarted;
    private static ConfigurableApplicationContext fullReplay;

    @BeforeAll
    static void aBrokerAndAnotherInstanceWritingTheEnrichedTopic() throws Exception {
        brokerLogs = Files.createTempDirectory("wireline-restart-broker");
        broker = LocalKafkaBroker.start(brokerLogs);
        kept = Files.createTempDirectory("wireline-restart-kept");
        copied = Files.createTempDirectory("wireline-restart-copy");
        elsewhere =
                StoryEnricher.bundled(new StoryCorpus(), BoundSettings.of(RelatedSettings.class), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        List.copyOf(running).forEach(CorpusRestartTest::stopInstance);
        if (broker != null) {
            broker.close();
        }
        FileSystemUtils.deleteRecursively(brokerLogs);
        FileSystemUtils.deleteRecursively(kept);
        FileSystemUtils.deleteRecursively(copied);
    }

    /** One corpus directory's life, each step starting from where the one before left it. */
    @Test
    void aKeptIndexResumesFromItsOffsetsThroughRestartsACopyAndARecreatedTopic(CapturedOutput output) throws Exception {
        aFirstStartWithNoIndexReadsTheWholeTopic();
        aRestartReadsOnlyTheRecordsWrittenAfterTheOffsetsItsIndexHolds();
        theRestartedCorpusLinksAndDatesStoriesAsOneThatReadTheWholeTopic();
        aNewInstanceStartedFromACopyOfAStoppedInstancesIndexReadsOnlyWhatCameAfter();
        anIndexWhoseOffsetsAreBeyondARecreatedTopicStartsOverWithAWarning(output);
    }

    private void aFirstStartWithNoIndexReadsTheWholeTopic() throws Exception {
        ConfigurableApplicationContext first = start(kept);
        enrichElsewhere(HarbourWeek.MONDAY);

        await().atMost(PATIENCE).until(() -> replica(first).recordsRead() == 6);
        assertThat(corpus(first).offsets()).isEqualTo(endOffsets());
        stopInstance(first);
    }

    private void aRestartReadsOnlyTheRecordsWrittenAfterTheOffsetsItsIndexHolds() throws Exception {
        enrichElsewhere(HarbourWeek.TUESDAY);

        restarted = start(kept);

        assertThat(replica(restarted).awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(replica(restarted).recordsRead()).isEqualTo(4);
        assertThat(corpus(restarted).offsets()).isEqualTo(endOffsets());
        assertThat(restarted
                        .getBean("corpusIndex", HealthIndicator.class)
                        .health()
                        .getStatus())
                .isEqualTo(Status.UP);
    }

    private void theRestartedCorpusLinksAndDatesStoriesAsOneThatReadTheWholeTopic() throws Exception {
        fullReplay = start(null);

        assertThat(replica(fullReplay).awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(replica(fullReplay).recordsRead()).isEqualTo(10);
        assertSameCorpus(restarted, fullReplay, all(HarbourWeek.MONDAY, HarbourWeek.TUESDAY));
    }

    /** Exactly the runbook's steps (docs/operations.md, "Starting an enrich instance from another's index"). */
    private void aNewInstanceStartedFromACopyOfAStoppedInstancesIndexReadsOnlyWhatCameAfter() throws Exception {
        // 1. stop the source instance: its last commit is then its whole index
        stopInstance(restarted);
        // 2. copy its instance directory into the new instance's directory, under an instance-N name
        copyDirectory(kept.resolve("instance-0"), copied.resolve("instance-0"));
        // 3. start the source again, and the new instance on the copy
        restarted = start(kept);
        enrichElsewhere(HarbourWeek.WEDNESDAY);
        ConfigurableApplicationContext fromCopy = start(copied);

        assertThat(replica(fromCopy).awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(replica(fromCopy).recordsRead()).isEqualTo(2);
        await().atMost(PATIENCE).until(() -> replica(fullReplay).recordsRead() == 12);
        await().atMost(PATIENCE).until(() -> replica(restarted).recordsRead() == 2);
        List<StoryIngested> week = all(HarbourWeek.MONDAY, HarbourWeek.TUESDAY, HarbourWeek.WEDNESDAY);
        assertSameCorpus(fromCopy, fullReplay, week);
        assertSameCorpus(restarted, fullReplay, week);
    }

    private void anIndexWhoseOffsetsAreBeyondARecreatedTopicStartsOverWithAWarning(CapturedOutput output)
            throws Exception {
        List.copyOf(running).forEach(CorpusRestartTest::stopInstance);
        recreateTheEnrichedTopic();
        enrichElsewhere(List.of(HarbourWeek.WEDNESDAY.get(0)));

        ConfigurableApplicationContext afterRecreation = start(kept);

        assertThat(replica(afterRecreation).awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(replica(afterRecreation).recordsRead()).isEqualTo(1);
        StoryCorpus corpus = corpus(afterRecreation);
        assertThat(corpus.contains(HarbourWeek.WEDNESDAY.get(0).id(), 1)).isTrue();
        assertThat(corpus.contains(HarbourWeek.MONDAY.get(0).id(), 1)).isFalse();
        try (CorpusView view =
                corpus.asOf(HarbourWeek.THURSDAY.get(0).timeline().ingested())) {
            assertThat(view.documents()).isEqualTo(1);
        }
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> line.contains("WARN")
                                && line.contains(
                                        "replica of " + Topics.ENRICHED_NAME + " starts over from the beginning")
                                && line.contains("the topic was recreated")))
                .hasSize(1);
    }

    /** The same versions, the same current stories at every minute of the week, the same tags and links for new stories. */
    private static void assertSameCorpus(
            ConfigurableApplicationContext actual, ConfigurableApplicationContext expected, List<StoryIngested> week) {
        for (StoryIngested story : week) {
            assertThat(corpus(actual).contains(story.id(), story.version()))
                    .as(story.id() + "#" + story.version())
                    .isTrue();
        }
        for (int minute = 0; minute <= 22; minute++) {
            assertThat(currentAt(actual, minute)).as("minute " + minute).isEqualTo(currentAt(expected, minute));
        }
        for (StoryIngested probe : HarbourWeek.THURSDAY) {
            StoryEnriched mine = enricher(actual).enrich(probe);
            StoryEnriched theirs = enricher(expected).enrich(probe);
            assertThat(mine.related()).as("links of " + probe.id()).isEqualTo(theirs.related());
            assertThat(mine.tags()).as("tags of " + probe.id()).isEqualTo(theirs.tags());
            assertThat(mine.related()).as("links of " + probe.id()).isNotEmpty();
        }
    }

    /** How many stories were current, and in how many "strike" and "storm" occur: the timelines' effect. */
    private static List<Integer> currentAt(ConfigurableApplicationContext instance, int minute) {
        try (CorpusView view = corpus(instance)
                .asOf(HarbourWeek.MONDAY.get(0).timeline().ingested().plusSeconds(60L * (minute - 1)))) {
            return List.of(view.documents(), view.documentFrequency("strike"), view.documentFrequency("storm"));
        }
    }

    private static void enrichElsewhere(List<StoryIngested> stories) throws Exception {
        try (KafkaProducer<String, byte[]> producer = KafkaTopics.producer(broker.bootstrapServers())) {
            for (StoryIngested story : stories) {
                StoryEnriched enriched = elsewhere.enrich(story);
                elsewhere.remember(enriched);
                producer.send(new ProducerRecord<>(
                                Topics.ENRICHED_NAME, story.id().value(), JSON.writeValueAsBytes(enriched)))
                        .get();
            }
        }
    }

    private static Map<Integer, Long> endOffsets() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = admin
                    .describeTopics(List.of(Topics.ENRICHED_NAME))
                    .allTopicNames()
                    .get()
                    .get(Topics.ENRICHED_NAME)
                    .partitions()
                    .stream()
                    .collect(Collectors.toMap(
                            partition -> new TopicPartition(Topics.ENRICHED_NAME, partition.partition()),
                            partition -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .filter(end -> end.getValue().offset() > 0)
                    .collect(Collectors.toMap(
                            end -> end.getKey().partition(),
                            end -> end.getValue().offset()));
        }
    }

    private static void recreateTheEnrichedTopic() {
        LocalTopics.recreate(broker.bootstrapServers(), Topics.ENRICHED_NAME, 2);
    }

    private static void copyDirectory(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @SafeVarargs
    private static List<StoryIngested> all(List<StoryIngested>... days) {
        return Stream.of(days).flatMap(List::stream).toList();
    }

    private static ConfigurableApplicationContext start(Path corpusDirectory) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--server.port=0",
                "--management.server.port=0",
                "--wireline.kafka.partitions=2",
                "--wireline.kafka.retry-delay=100ms",
                "--logging.structured.format.console=",
                "--spring.main.banner-mode=off"));
        if (corpusDirectory != null) {
            args.add("--wireline.enrich.corpus.directory=" + corpusDirectory);
        }
        ConfigurableApplicationContext instance =
                EnrichApplication.application().run(args.toArray(String[]::new));
        running.add(instance);
        return instance;
    }

    private static void stopInstance(ConfigurableApplicationContext instance) {
        running.remove(instance);
        instance.close();
    }

    @SuppressWarnings("unchecked")
    private static LogReplica<StoryEnriched> replica(ConfigurableApplicationContext instance) {
        return instance.getBean("corpusReplica", LogReplica.class);
    }

    private static StoryCorpus corpus(ConfigurableApplicationContext instance) {
        return instance.getBean(StoryCorpus.class);
    }

    private static StoryEnricher enricher(ConfigurableApplicationContext instance) {
        return instance.getBean(StoryEnricher.class);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
