package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

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
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
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
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A replica started from a view's kept offsets reads only what came after them, reads partitions
 * added since from their start, and starts over, saying why, when the offsets are beyond the topic.
 * Given: two partitions holding a@1, b@1 (partition 0) and c@1, d@1 (partition 1).
 */
@ExtendWith(OutputCaptureExtension.class)
class ResumingReplicaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static LocalKafkaBroker broker;

    private final List<String> read = new CopyOnWriteArrayList<>();
    private final List<String> startedOver = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-resuming-replica"));
    }

    @BeforeEach
    void twoPartitionsOfTwoStoriesEach() throws Exception {
        LocalTopics.recreate(broker.bootstrapServers(), Topics.INGESTED_NAME, 2);
        send(0, "wl-a", "wl-b");
        send(1, "wl-c", "wl-d");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void resumesFromTheKeptOffsetsAndReadsOnlyWhatCameAfter() throws Exception {
        LogReplica<StoryIngested> replica = replica(Map.of(0, 1L, 1, 1L));

        replica.start();

        assertThat(replica.awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(read).containsExactlyInAnyOrder("wl-b@0:1", "wl-d@1:1");
        assertThat(replica.recordsRead()).isEqualTo(2);
        assertThat(startedOver).isEmpty();
        replica.stop();
    }

    @Test
    void keptOffsetsAtTheEndOfEveryPartitionReadNothingAndAreCaughtUpAtOnce() throws Exception {
        LogReplica<StoryIngested> replica = replica(Map.of(0, 2L, 1, 2L));

        replica.start();

        assertThat(replica.awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(replica.recordsRead()).isZero();
        assertThat(read).isEmpty();
        replica.stop();
    }

    @Test
    void aPartitionAddedSinceTheOffsetsWereKeptIsReadFromItsStart() throws Exception {
        aThirdPartitionWithOneStory();
        LogReplica<StoryIngested> replica = replica(Map.of(0, 2L, 1, 2L));

        replica.start();

        assertThat(replica.awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(read).containsExactly("wl-e@2:0");
        assertThat(replica.recordsRead()).isEqualTo(1);
        assertThat(replica.partitions()).isEqualTo(3);
        replica.stop();
    }

    @Test
    void offsetsBeyondTheTopicsEndMeanItWasRecreatedSoTheViewStartsOverWithAWarning(CapturedOutput output)
            throws Exception {
        aThirdPartitionWithOneStory();
        LogReplica<StoryIngested> replica = replica(Map.of(0, 50L, 1, 2L, 2, 1L));

        replica.start();

        assertThat(replica.awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(startedOver)
                .containsExactly("the kept offsets are beyond the topic's (partition 0 kept 50, topic ends at 2):"
                        + " the topic was recreated");
        assertThat(read).containsExactlyInAnyOrder("wl-a@0:0", "wl-b@0:1", "wl-c@1:0", "wl-d@1:1", "wl-e@2:0");
        assertThat(replica.recordsRead()).isEqualTo(5);
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> line.contains("WARN")
                                && line.contains(
                                        "replica of " + Topics.INGESTED_NAME + " starts over from the beginning")))
                .hasSize(1);
        replica.stop();
    }

    @Test
    void offsetsKeptForAPartitionTheTopicDoesNotHaveAlsoStartOver() throws Exception {
        aThirdPartitionWithOneStory();
        LogReplica<StoryIngested> replica = replica(Map.of(0, 2L, 7, 1L));

        replica.start();

        assertThat(replica.awaitCaughtUp(PATIENCE)).isTrue();
        assertThat(startedOver)
                .containsExactly("the kept offsets are beyond the topic's (partition 7 kept 1, topic ends at null):"
                        + " the topic was recreated");
        assertThat(replica.recordsRead()).isEqualTo(5);
        replica.stop();
    }

    /** Records each story read as "id@partition:offset", and each start-over's reason. */
    private LogReplica<StoryIngested> replica(Map<Integer, Long> kept) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "resuming-replica-test",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class);
        WirelineKafkaSettings settings = BoundSettings.of(
                WirelineKafkaSettings.class, "partitions=3", "retry-delay=100ms", "outage-max-delay=400ms");
        LogReplicas replicas =
                new LogReplicas(new DefaultKafkaConsumerFactory<Object, Object>(config), JSON, settings, event -> {});
        return replicas.resuming(
                Topics.INGESTED,
                new ReplicaStart(kept, startedOver::add),
                (key, story, partition, offset) -> read.add(story.id().value() + "@" + partition + ":" + offset));
    }

    private static void aThirdPartitionWithOneStory() throws Exception {
        try (Admin admin = admin()) {
            admin.createPartitions(Map.of(Topics.INGESTED_NAME, NewPartitions.increaseTo(3)))
                    .all()
                    .get();
        }
        send(2, "wl-e");
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static void send(int partition, String... ids) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (String id : ids) {
                Story story =
                        new Story("Headline " + id, null, null, List.of(), List.of("Body."), List.of(), null, null);
                StoryIngested event = new StoryIngested(
                        StoryIngested.SCHEMA_VERSION,
                        StoryId.of(id),
                        1,
                        "desk",
                        "hash-" + id,
                        Release.usable(),
                        story,
                        Timeline.receivedAt(Instant.EPOCH));
                producer.send(new ProducerRecord<>(Topics.INGESTED_NAME, partition, id, JSON.writeValueAsBytes(event)))
                        .get();
            }
        }
    }
}
