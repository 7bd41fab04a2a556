package news.wireline.publish.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import news.wireline.events.Headers;
import news.wireline.events.StoryId;
import news.wireline.events.StoryPublished;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryEventSender;
import news.wireline.local.BoundSettings;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.publish.TestDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay reading the published topic back, on a real broker, when what it finds there is not
 * what it wrote: records anyone can write, with an outbox-entry header naming this store.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboxReadBackTest {

    static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static HikariDataSource dataSource;
    /**
     * A broker of its own: these tests add partitions to the published topic, which would move
     * the stories of every later test class on a shared broker mid-test.
     */
    static LocalKafkaBroker broker;

    static KafkaProducer<String, byte[]> producer;
    JdbcClient jdbc;
    Outbox outbox;
    PublishedLog published;
    SentEventsReader reader;
    OutboxRelay relay;
    List<String> sent = new ArrayList<>();
    String origin;

    @BeforeAll
    static void openDatabaseAndTopic() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("outbox-readback-kafka"));
        dataSource = TestDatabase.fresh("wireline_readback");
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(Topics.PUBLISHED_NAME, 3, (short) 1),
                            new NewTopic(Topics.CURRENT_NAME, 3, (short) 1)))
                    .all()
                    .get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
        dataSource.close();
        broker.close();
    }

    @BeforeEach
    void relayAtTheEndOfTheTopic() {
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM outbox").update();
        jdbc.sql("ALTER TABLE outbox ALTER COLUMN seq RESTART").update();
        jdbc.sql("ALTER SEQUENCE outbox_position RESTART").update();
        jdbc.sql("DELETE FROM outbox_relayed").update();
        origin =
                jdbc.sql("SELECT origin FROM outbox_origin").query(String.class).single();
        StoryEventSender sender = mock(StoryEventSender.class);
        when(sender.send(any(ProducerRecord.class))).thenAnswer(invocation -> sendForReal(invocation.getArgument(0)));
        reader = new SentEventsReader(
                new DefaultKafkaConsumerFactory<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        ByteArrayDeserializer.class,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed")),
                JSON);
        outbox = new Outbox(jdbc, JSON);
        published = new PublishedLog(jdbc, JSON);
        relay = new OutboxRelay(
                jdbc,
                JSON,
                sender,
                reader,
                new StoryTrace(Tracer.NOOP),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                BoundSettings.of(RelaySettings.class, "batch-size=10"),
                Clock.fixed(NOON, ZoneOffset.UTC));
        // Everything already on the shared topic is accounted for: the relay reads back only what a test writes.
        try (Consumer<String, byte[]> consumer = plainConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PUBLISHED_NAME).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.endOffsets(partitions)
                    .forEach((partition, end) -> jdbc.sql("INSERT INTO outbox_relayed VALUES (:p, :end)")
                            .param("p", partition.partition())
                            .param("end", end)
                            .update());
        }
    }

    @AfterEach
    void closeReader() {
        reader.destroy();
    }

    @Test
    void aForgedEntryNumberOfAnUnsentEventDoesNotMarkItSentAndTheEventIsStillSent(CapturedOutput output)
            throws Exception {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        outbox.append(event("b", 1, ChangeType.PUBLISHED), null, null, NOON);
        RecordMetadata otherStory =
                put("x", origin + ":2", JSON.writeValueAsBytes(event("x", 1, ChangeType.PUBLISHED)));
        RecordMetadata otherVersion =
                put("b", origin + ":2", JSON.writeValueAsBytes(event("b", 2, ChangeType.UPDATED)));
        RecordMetadata otherChange =
                put("b", origin + ":2", JSON.writeValueAsBytes(event("b", 1, ChangeType.WITHDRAWN)));
        RecordMetadata otherKey = put("x", origin + ":2", JSON.writeValueAsBytes(event("b", 1, ChangeType.PUBLISHED)));
        RecordMetadata noSuchEntry =
                put("b", origin + ":99", JSON.writeValueAsBytes(event("b", 1, ChangeType.PUBLISHED)));
        put("b", "another-store:2", JSON.writeValueAsBytes(event("b", 1, ChangeType.PUBLISHED)));

        assertThat(relay.relayPending()).isEqualTo(2);

        assertThat(sent).containsExactly("a@1", "b@1");
        assertThat(published.after(0, 10))
                .extracting(entry ->
                        entry.event().id().value() + "@" + entry.event().version())
                .containsExactly("a@1", "b@1");
        assertThat(relay.relayPending()).isZero();
        for (RecordMetadata forged : List.of(otherStory, otherVersion, otherChange, otherKey, noSuchEntry)) {
            assertThat(warnings(output, forged)).as("warning for %s", forged).hasSize(1);
        }
    }

    @Test
    void malformedEntryHeadersAndUnreadableValuesAreSkippedAndTheRelayGoesOn(CapturedOutput output) throws Exception {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        byte[] a1 = JSON.writeValueAsBytes(event("a", 1, ChangeType.PUBLISHED));
        List<RecordMetadata> unreadable = List.of(
                put("a", origin + ":x", a1),
                put("a", origin + ":", a1),
                put("a", origin + ":99999999999999999999", a1),
                put("a", origin + ":1", "not json".getBytes(StandardCharsets.UTF_8)),
                put("a", origin + ":1", "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8)),
                put("a", origin + ":1", null),
                put(null, origin + ":1", a1));

        assertThat(relay.relayPending()).isEqualTo(1);

        assertThat(sent).containsExactly("a@1");
        assertThat(published.head()).isEqualTo(1);
        for (RecordMetadata record : unreadable) {
            assertThat(warnings(output, record)).as("warning for %s", record).hasSize(1);
        }
        assertThat(progress(unreadable.get(0).partition()))
                .as("progress moves past what could not be read")
                .isGreaterThan(unreadable.get(unreadable.size() - 1).offset());
    }

    @Test
    void theRealEventSentBeforeACrashIsStillFoundAndNotSentAgain() throws Exception {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        outbox.append(event("b", 1, ChangeType.PUBLISHED), null, null, NOON);
        put("a", origin + ":1", JSON.writeValueAsBytes(event("a", 1, ChangeType.PUBLISHED)));

        assertThat(relay.relayPending()).isEqualTo(2);

        assertThat(sent).containsExactly("b@1");
        assertThat(published.after(0, 10))
                .extracting(entry -> entry.event().id().value())
                .containsExactly("a", "b");
    }

    @Test
    void anEventSentToAPartitionAddedSinceTheLastRoundIsFoundThereAndNotSentAgain() throws Exception {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        assertThat(relay.relayPending()).isEqualTo(1);
        int added;
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            added = admin.describeTopics(List.of(Topics.PUBLISHED_NAME))
                    .allTopicNames()
                    .get()
                    .get(Topics.PUBLISHED_NAME)
                    .partitions()
                    .size();
            admin.createPartitions(Map.of(Topics.PUBLISHED_NAME, NewPartitions.increaseTo(added + 1)))
                    .all()
                    .get();
        }
        outbox.append(event("b", 1, ChangeType.PUBLISHED), null, null, NOON);
        // The relay's producer already routed b to the new partition; then the relay died before marking it.
        RecordMetadata b = put(added, "b", origin + ":2", JSON.writeValueAsBytes(event("b", 1, ChangeType.PUBLISHED)));

        assertThat(relay.relayPending()).isEqualTo(1);

        assertThat(sent).containsExactly("a@1");
        assertThat(published.after(0, 10))
                .extracting(entry -> entry.event().id().value())
                .containsExactly("a", "b");
        assertThat(progress(added)).as("progress covers the new partition").isEqualTo(b.offset() + 1);
    }

    /** Writes a record straight to partition 0 of the published topic, as any producer could. */
    private static RecordMetadata put(String key, String entry, byte[] value) throws Exception {
        return put(0, key, entry, value);
    }

    private static RecordMetadata put(int partition, String key, String entry, byte[] value) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PUBLISHED_NAME, partition, key, value);
        record.headers().add(Headers.OUTBOX_ENTRY, entry.getBytes(StandardCharsets.UTF_8));
        return producer.send(record).get();
    }

    /** The relay's send, made to the broker as the service's producer would make it. */
    private RecordMetadata sendForReal(ProducerRecord<String, Object> record) throws Exception {
        StoryPublished event = (StoryPublished) record.value();
        // The relay's record for the current-stories topic goes before each one; only the published topic's are
        // counted.
        if (record.topic().equals(Topics.PUBLISHED_NAME)) {
            sent.add(event.id().value() + "@" + event.version());
        }
        ProducerRecord<String, byte[]> bytes = new ProducerRecord<>(
                record.topic(),
                null,
                record.key(),
                event == null ? null : JSON.writeValueAsBytes(event),
                record.headers());
        return producer.send(bytes).get();
    }

    private static List<String> warnings(CapturedOutput output, RecordMetadata record) {
        String place = "record at " + record.topic() + "-" + record.partition() + "@" + record.offset() + " ";
        return output.getAll()
                .lines()
                .filter(line -> line.contains(place) && line.contains("WARN"))
                .toList();
    }

    private long progress(int partition) {
        return jdbc.sql("SELECT next_offset FROM outbox_relayed WHERE topic_partition = :p")
                .param("p", partition)
                .query(Long.class)
                .single();
    }

    private static Consumer<String, byte[]> plainConsumer() {
        return new DefaultKafkaConsumerFactory<String, byte[]>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))
                .createConsumer();
    }

    private static StoryPublished event(String id, int version, ChangeType change) {
        return new StoryPublished(
                StoryPublished.SCHEMA_VERSION,
                StoryId.of(id),
                version,
                change,
                5,
                "Headline " + id,
                "World",
                "https://news.example/stories/" + id,
                List.of(),
                Timeline.receivedAt(NOON).publishedAt(NOON),
                null,
                null);
    }
}
