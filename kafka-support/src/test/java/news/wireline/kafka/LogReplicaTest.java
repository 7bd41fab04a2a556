package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.local.BoundSettings;
import news.wireline.local.FreePorts;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class LogReplicaTest {

    static LocalKafkaBroker broker;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-replica"));
    }

    @BeforeEach
    void anEmptyTopicOfThreePartitions() {
        LocalTopics.recreate(broker.bootstrapServers(), Topics.INGESTED_NAME, 3);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void replicasStartedAtDifferentTimesSeeTheSameHistoryAndSkipUnreadableRecords() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(event("wl-a", 1)).get();
            producer.send(new ProducerRecord<>(
                            Topics.INGESTED_NAME, "wl-poison", "not json".getBytes(StandardCharsets.UTF_8)))
                    .get();
            producer.send(event("wl-b", 1)).get();

            List<String> early = new CopyOnWriteArrayList<>();
            LogReplica<StoryIngested> first =
                    replicas().of(Topics.INGESTED, (key, story) -> early.add(story.id() + "@" + story.version()));
            first.start();
            assertThat(first.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
            assertThat(early).containsExactlyInAnyOrder("wl-a@1", "wl-b@1");

            producer.send(event("wl-a", 2)).get();
            await().atMost(Duration.ofSeconds(30)).until(() -> early.contains("wl-a@2"));

            List<String> late = new CopyOnWriteArrayList<>();
            LogReplica<StoryIngested> second =
                    replicas().of(Topics.INGESTED, (key, story) -> late.add(story.id() + "@" + story.version()));
            second.start();
            assertThat(second.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
            assertThat(late).containsExactlyInAnyOrderElementsOf(early);

            first.stop();
            second.stop();
            assertThat(first.isRunning()).isFalse();
        }
    }

    @Test
    void aBrokerDownLongerThanTheClientTimeoutsIsWaitedOutAndTheReplicaCatchesUpOnceItIsThere(CapturedOutput output)
            throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        String bootstrap = "127.0.0.1:" + port;
        List<String> seen = new CopyOnWriteArrayList<>();
        LogReplica<StoryIngested> replica = replicas(bootstrap, events::add)
                .of(Topics.INGESTED, (key, story) -> seen.add(story.id() + "@" + story.version()));
        HealthIndicator health = ReplicaHealth.of(replica);

        replica.start();
        // Each attempt gives up after the client's 1 s api timeout; three of them are well past it.
        await().atMost(Duration.ofSeconds(60)).until(() -> replica.failures() >= 3);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.health().getDetails())
                .containsEntry("replica", "catching up")
                .containsKey("error");
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> line.contains("WARN")
                                && line.contains("replica of " + Topics.INGESTED_NAME + " cannot read the topic")
                                && line.contains("TimeoutException")))
                .hasSizeGreaterThanOrEqualTo(3);

        try (LocalKafkaBroker late =
                LocalKafkaBroker.start(Files.createTempDirectory("wireline-replica-late"), port, controllerPort)) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic(Topics.INGESTED_NAME, 2, (short) 1)))
                        .all()
                        .get();
            }
            try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
                producer.send(event("wl-a", 1)).get();
                producer.send(event("wl-b", 1)).get();
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> seen.size() == 2 && replica.isCaughtUp());
            assertThat(seen).containsExactlyInAnyOrder("wl-a@1", "wl-b@1");
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(replica.isDead()).isFalse();
            assertThat(events).isEmpty();
            replica.stop();
        }
    }

    @Test
    void aPartitionAddedToTheTopicWhileTheReplicaRunsIsReadFromItsStart() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        LogReplica<StoryIngested> replica =
                replicas().of(Topics.INGESTED, (key, story) -> seen.add(story.id() + "@" + story.version()));
        replica.start();
        assertThat(replica.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        int before = replica.partitions();

        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createPartitions(Map.of(Topics.INGESTED_NAME, NewPartitions.increaseTo(before + 1)))
                    .all()
                    .get();
        }
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> onTheNewPartition = event("wl-new", 1);
            producer.send(new ProducerRecord<>(
                            Topics.INGESTED_NAME, before, onTheNewPartition.key(), onTheNewPartition.value()))
                    .get();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> seen.contains("wl-new@1"));
        assertThat(replica.partitions()).isEqualTo(before + 1);
        assertThat(seen).filteredOn(story -> story.startsWith("wl-new")).containsExactly("wl-new@1");
        replica.stop();
    }

    @Test
    void aReplicaWhoseThreadDiesReportsTheServiceBrokenAndItsViewDown() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(broker.bootstrapServers())) {
            producer.send(event("wl-fatal", 1)).get();
        }
        LogReplica<StoryIngested> replica = replicas(broker.bootstrapServers(), events::add)
                .of(Topics.INGESTED, (key, story) -> {
                    throw new StackOverflowError("handler ran out of stack");
                });

        replica.start();

        await().atMost(Duration.ofSeconds(30)).until(replica::isDead);
        assertThat(events)
                .singleElement()
                .satisfies(event -> assertThat(((AvailabilityChangeEvent<?>) event).getState())
                        .isEqualTo(LivenessState.BROKEN));
        assertThat(ReplicaHealth.of(replica).health().getStatus()).isEqualTo(Status.DOWN);
        replica.stop();
    }

    private final List<Object> events = new CopyOnWriteArrayList<>();

    private static LogReplicas replicas() {
        return replicas(broker.bootstrapServers(), event -> {});
    }

    /** Client timeouts far below Kafka's defaults (60 s), and short pauses, so an outage outlasts many of them in seconds. */
    private static LogReplicas replicas(String bootstrap, ApplicationEventPublisher events) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "replica-test",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                1_000,
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                500,
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                200,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                1_000);
        WirelineKafkaSettings settings =
                BoundSettings.of(WirelineKafkaSettings.class, "retry-delay=100ms", "outage-max-delay=400ms");
        return new LogReplicas(new DefaultKafkaConsumerFactory<Object, Object>(config), JSON, settings, events);
    }

    private static KafkaProducer<String, byte[]> producer() {
        return producer(broker.bootstrapServers());
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    private static ProducerRecord<String, byte[]> event(String id, int version) {
        Story story = new Story("Headline " + id, null, null, List.of(), List.of("Body."), List.of(), null, null);
        StoryIngested event = new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                StoryId.of(id),
                version,
                "desk",
                "hash" + version,
                Release.usable(),
                story,
                Timeline.receivedAt(Instant.EPOCH));
        return new ProducerRecord<>(Topics.INGESTED_NAME, id, JSON.writeValueAsBytes(event));
    }
}
