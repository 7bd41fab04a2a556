package news.wireline.enrich.intake;

import static news.wireline.enrich.intake.IngestedStories.ingested;
import static news.wireline.enrich.intake.IngestedStories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.wireline.enrich.EnrichApplication;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.enrich.related.RelatedStories;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.Release;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryIngested;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import news.wireline.local.BoundSettings;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two enrich-service instances on a real broker share the ingested topic's partitions and emit,
 * each story once and in a transaction, the tags and links one instance gives; a poison record is
 * dead-lettered with its reason and the partition keeps flowing.
 */
class TwoInstancesOnBrokerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<StoryIngested> STORIES = List.of(
            ingested(
                    "wl-strike",
                    1,
                    1,
                    story(
                            "Dockworkers walk out at Rotterdam as pay talks collapse",
                            "Thousands of dockworkers at the Port of Rotterdam stopped work on Monday after talks with terminal operators"
                                    + " over pay and night shifts broke down.",
                            "Union negotiator Marloes Dekker said the strike would last at least 48 hours.")),
            ingested(
                    "wl-derby",
                    1,
                    2,
                    story(
                            "Feyenoord win derby to go top",
                            "Feyenoord beat Sparta 3-1 at De Kuip on Sunday to go top of the league.")),
            ingested(
                    "wl-talks",
                    1,
                    3,
                    story(
                            "Rotterdam port talks resume as ships queue",
                            "Terminal operators and the FNV union resumed talks on pay and night shifts on Wednesday, with 40 ships"
                                    + " waiting at anchor off Rotterdam.",
                            "Union negotiator Marloes Dekker said dockworkers would stay out until the pay offer improved.")),
            ingested(
                    "wl-talks-resent",
                    1,
                    4,
                    story(
                            "Rotterdam port talks resume as ships queue - update",
                            "Terminal operators and the FNV union resumed talks on pay and night shifts on Wednesday, with 40 ships"
                                    + " waiting at anchor off Rotterdam.",
                            "Union negotiator Marloes Dekker said dockworkers would stay out until the pay offer improved.")),
            ingested("wl-derby", 2, 5, story("Feyenoord win derby", "Withdrawn."), Release.withdrawn()),
            ingested(
                    "wl-deal",
                    1,
                    6,
                    story(
                            "Rotterdam dockworkers end strike after wage deal",
                            "Dockworkers at the Port of Rotterdam returned to work on Saturday after the FNV union and terminal operators"
                                    + " agreed a pay rise and extra pay for night shifts.",
                            "Marloes Dekker called the agreement fair.")));

    private static LocalKafkaBroker broker;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static List<ConsumerRecord<String, byte[]>> enriched;
    private static List<ConsumerRecord<String, byte[]>> deadLetters;

    @BeforeAll
    static void runTwoInstancesOverTheStoriesAndAPoisonRecord() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-enrich-broker"));
        first = start();
        second = start();
        awaitBothInTheGroup();
        try (KafkaProducer<String, byte[]> producer = KafkaTopics.producer(broker.bootstrapServers())) {
            producer.send(new ProducerRecord<>(
                            Topics.INGESTED_NAME, "wl-poison", "{not an event".getBytes(StandardCharsets.UTF_8)))
                    .get();
            for (StoryIngested story : STORIES) {
                producer.send(new ProducerRecord<>(
                                Topics.INGESTED_NAME, story.id().value(), JSON.writeValueAsBytes(story)))
                        .get();
                // Stories arrive as from a wire: each reaches both corpora before the next (see docs/enrichment.md).
                await().atMost(PATIENCE).until(() -> knownTo(first, story) && knownTo(second, story));
            }
        }
        enriched = TopicReader.read(
                broker.bootstrapServers(), Topics.ENRICHED_NAME, PATIENCE, seen -> seen.size() >= STORIES.size());
        deadLetters =
                TopicReader.read(broker.bootstrapServers(), Topics.DEAD_LETTER_NAME, PATIENCE, seen -> !seen.isEmpty());
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void bothInstancesTogetherTagAndLinkEveryStoryAsOneInstanceDoes() {
        Map<String, StoryEnriched> onBroker = enriched.stream()
                .map(record -> JSON.readValue(record.value(), StoryEnriched.class))
                .collect(Collectors.toMap(story -> story.id() + "#" + story.version(), Function.identity()));
        StoryEnricher single =
                StoryEnricher.bundled(new StoryCorpus(), BoundSettings.of(RelatedSettings.class), Clock.systemUTC());
        for (StoryIngested story : STORIES) {
            StoryEnriched expected = single.enrich(story);
            single.remember(expected);
            StoryEnriched actual = onBroker.get(story.id() + "#" + story.version());
            assertThat(actual).as(story.id() + "#" + story.version()).isNotNull();
            assertThat(actual.tags()).as("tags of " + story.id()).isEqualTo(expected.tags());
            assertThat(actual.related()).as("links of " + story.id()).isEqualTo(expected.related());
        }
        assertThat(onBroker.get("wl-talks-resent#1").related().get(0).sharedTags())
                .startsWith(RelatedStories.NEAR_DUPLICATE);
        assertThat(onBroker.get("wl-deal#1").related())
                .extracting(link -> link.id().value())
                .contains("wl-strike");
    }

    @Test
    void emitsEveryStoryExactlyOnceFromBothInstancesPartitions() {
        assertThat(enriched).hasSize(STORIES.size());
        assertThat(enriched)
                .extracting(ConsumerRecord::partition)
                .containsOnly(0, 1)
                .contains(0, 1);
        KafkaTemplate<?, ?> template = first.getBean(KafkaTemplate.class);
        assertThat(template.isTransactional()).isTrue();
        assertThat(first.getBean(KafkaListenerEndpointRegistry.class)
                        .getListenerContainer("enrich-ingested")
                        .getContainerProperties()
                        .getKafkaAwareTransactionManager())
                .isNotNull();
    }

    @Test
    void deadLettersAPoisonRecordWithItsReasonAndKeepsTheStreamFlowing() {
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo("wl-poison");
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not an event");
            assertThat(StoryRecords.header(letter, Headers.REJECT_CODE)).isEqualTo(RejectCode.UNREADABLE_EVENT.name());
            assertThat(StoryRecords.header(letter, "kafka_dlt-original-topic")).isEqualTo(Topics.INGESTED_NAME);
            assertThat(StoryRecords.header(letter, "kafka_dlt-exception-fqcn")).isNotBlank();
        });
        int poisoned = java.nio.ByteBuffer.wrap(deadLetters
                        .get(0)
                        .headers()
                        .lastHeader("kafka_dlt-original-partition")
                        .value())
                .getInt();
        assertThat(enriched)
                .extracting(ConsumerRecord::partition)
                .as("stories after the poison on its partition")
                .contains(poisoned);
    }

    @Test
    void explainsTagsWithTheirOffsetsOverHttp() throws Exception {
        String port = first.getEnvironment().getProperty("local.server.port");
        String body = JSON.writeValueAsString(STORIES.get(0).story());
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tags/explain"))
                                .header("Content-Type", "application/json")
                                .method("GET", HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        var tags = JSON.readTree(answer.body()).get("tags");
        var dekker = java.util.stream.StreamSupport.stream(tags.spliterator(), false)
                .filter(tag -> tag.get("name").asString().equals("Marloes Dekker"))
                .findFirst()
                .orElseThrow();
        assertThat(dekker.get("type").asString()).isEqualTo("PERSON");
        assertThat(dekker.get("evidence").get(0).get("part").asString()).isEqualTo("BODY");
        assertThat(dekker.get("evidence").get(0).get("paragraph").asInt()).isEqualTo(1);
        assertThat(dekker.get("evidence").get(0).get("start").asInt()).isEqualTo(17);
        assertThat(dekker.get("evidence").get(0).get("text").asString()).isEqualTo("Marloes Dekker");
    }

    private static ConfigurableApplicationContext start() {
        return EnrichApplication.application()
                .run(
                        "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "--server.port=0",
                        "--management.server.port=0",
                        "--wireline.kafka.partitions=2",
                        "--wireline.kafka.retry-delay=100ms",
                        "--logging.structured.format.console=",
                        "--spring.main.banner-mode=off");
    }

    private static boolean knownTo(ConfigurableApplicationContext instance, StoryIngested story) {
        return instance.getBean(StoryCorpus.class).contains(story.id(), story.version());
    }

    private static void awaitBothInTheGroup() {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            await().atMost(PATIENCE)
                    .until(() -> admin
                                    .describeConsumerGroups(List.of("enrich-service"))
                                    .all()
                                    .get()
                                    .get("enrich-service")
                                    .members()
                                    .stream()
                                    .filter(member -> !member.assignment()
                                            .topicPartitions()
                                            .isEmpty())
                                    .count()
                            == 2);
        }
    }
}
