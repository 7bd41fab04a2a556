package news.wireline.enrich.intake;

import static news.wireline.enrich.intake.IngestedStories.ingested;
import static news.wireline.enrich.intake.IngestedStories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.wireline.enrich.EnrichApplication;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.Release;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import news.wireline.local.ServiceOnBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * One poll of the ingested topic, on a real broker, holds an unreadable record, a story that fails
 * enrichment and a story whose enriched event is over the size limit, all in the middle: the
 * poll's transaction dead-letters the three with their reasons and emits every good story once,
 * each linked to the good stories before it in the same poll. The one too large is refused before
 * it is sent, so the transaction is not spoiled and commits the rest.
 */
class PoisonInAPollTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String GROUP = "enrich-service";
    private static final TopicPartition INGESTED = new TopicPartition(Topics.INGESTED_NAME, 0);

    private static final StoryIngested STRIKE = ingested(
            "wl-strike",
            1,
            1,
            story(
                    "Dockworkers walk out at Rotterdam as pay talks collapse",
                    "Thousands of dockworkers at the Port of Rotterdam stopped work on Monday after talks with terminal operators"
                            + " over pay and night shifts broke down.",
                    "Union negotiator Marloes Dekker said the strike would last at least 48 hours."));
    private static final StoryIngested DERBY = ingested(
            "wl-derby",
            1,
            2,
            story(
                    "Feyenoord win derby to go top",
                    "Feyenoord beat Sparta 3-1 at De Kuip on Sunday to go top of the league."));
    /** Readable, but with no story to enrich: it fails on every try. */
    private static final StoryIngested HOLLOW = new StoryIngested(
            StoryIngested.SCHEMA_VERSION,
            StoryId.of("wl-hollow"),
            1,
            "test-desk",
            "hash-wl-hollow-1",
            Release.usable(),
            null,
            new Timeline(null, Instant.parse("2026-03-02T08:03:00Z"), null, null));
    /** Ingested whole, but enriched into an event over the test's 20,000-byte limit. */
    private static final StoryIngested HUGE =
            ingested("wl-huge", 1, 3, story("Port authority publishes its annual report in full", longBody()));

    private static final StoryIngested TALKS = ingested(
            "wl-talks",
            1,
            4,
            story(
                    "Rotterdam port talks resume as ships queue",
                    "Terminal operators and the FNV union resumed talks on pay and night shifts on Wednesday, with 40 ships"
                            + " waiting at anchor off Rotterdam.",
                    "Union negotiator Marloes Dekker said dockworkers would stay out until the pay offer improved."));
    private static final StoryIngested DEAL = ingested(
            "wl-deal",
            1,
            5,
            story(
                    "Rotterdam dockworkers end strike after wage deal",
                    "Dockworkers at the Port of Rotterdam returned to work on Saturday after the FNV union and terminal operators"
                            + " agreed a pay rise and extra pay for night shifts.",
                    "Marloes Dekker called the agreement fair."));

    private static ServiceOnBroker enrich;
    private static List<ConsumerRecord<String, byte[]>> enriched;
    private static List<ConsumerRecord<String, byte[]>> deadLetters;

    @BeforeAll
    static void enrichOnePollWithPoisonFirstAndInTheMiddle() throws Exception {
        enrich = ServiceOnBroker.start(
                EnrichApplication.application(),
                "--wireline.kafka.partitions=1",
                "--wireline.kafka.retry-delay=100ms",
                "--wireline.kafka.max-event-bytes=20000",
                "--spring.kafka.listener.auto-startup=false");
        try (KafkaProducer<String, byte[]> producer = enrich.producerHoldingBackUntilFlush()) {
            send(producer, STRIKE);
            producer.send(new ProducerRecord<>(
                    Topics.INGESTED_NAME, "wl-poison", "{not an event".getBytes(StandardCharsets.UTF_8)));
            for (StoryIngested story : List.of(DERBY, HOLLOW, HUGE, TALKS, DEAL)) {
                send(producer, story);
            }
            producer.flush();
        }
        enrich.service()
                .getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("enrich-ingested")
                .start();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, enrich.bootstrapServers()))) {
            await().atMost(PATIENCE).until(() -> committedOffset(admin) == 7);
        }
        enriched = readCommitted(Topics.ENRICHED_NAME);
        deadLetters = readCommitted(Topics.DEAD_LETTER_NAME);
    }

    @AfterAll
    static void stop() {
        if (enrich != null) {
            enrich.close();
        }
    }

    @Test
    void emitsEachGoodStoryOnceWithItsTraceId() {
        assertThat(enriched)
                .extracting(ConsumerRecord::key)
                .containsExactly("wl-strike", "wl-derby", "wl-talks", "wl-deal");
        assertThat(enriched)
                .allSatisfy(record -> assertThat(StoryRecords.header(record, Headers.TRACE_ID))
                        .isEqualTo("trace-" + record.key()));
    }

    @Test
    void linksAStoryToTheStoriesBeforeItInTheSamePoll() {
        StoryEnriched deal = JSON.readValue(enriched.get(3).value(), StoryEnriched.class);
        assertThat(deal.related()).extracting(link -> link.id().value()).contains("wl-strike", "wl-talks");
    }

    @Test
    void deadLettersEachPoisonRecordOnceWithItsReason() {
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactly("wl-poison", "wl-hollow", "wl-huge");
        assertThat(deadLetters.get(0)).satisfies(letter -> {
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not an event");
            assertThat(StoryRecords.header(letter, Headers.REJECT_CODE)).isEqualTo(RejectCode.UNREADABLE_EVENT.name());
            assertThat(originalOffset(letter)).isEqualTo(1);
        });
        assertThat(deadLetters.get(1)).satisfies(letter -> {
            assertThat(StoryRecords.header(letter, Headers.REJECT_CODE)).isEqualTo(RejectCode.PROCESSING_FAILED.name());
            assertThat(StoryRecords.header(letter, Headers.REJECT_MESSAGE)).startsWith("NullPointerException");
            assertThat(StoryRecords.header(letter, "kafka_dlt-original-topic")).isEqualTo(Topics.INGESTED_NAME);
            assertThat(originalOffset(letter)).isEqualTo(3);
        });
        assertThat(deadLetters.get(2)).satisfies(letter -> {
            assertThat(StoryRecords.header(letter, Headers.REJECT_CODE)).isEqualTo(RejectCode.TOO_LARGE.name());
            assertThat(StoryRecords.header(letter, Headers.REJECT_MESSAGE))
                    .startsWith("story wl-huge makes a ")
                    .endsWith("-byte event for " + Topics.ENRICHED_NAME
                            + ", over the 20000-byte limit (wireline.kafka.max-event-bytes)");
            assertThat(JSON.readValue(letter.value(), StoryIngested.class)).isEqualTo(HUGE);
            assertThat(originalOffset(letter)).isEqualTo(4);
        });
    }

    private static void send(KafkaProducer<String, byte[]> producer, StoryIngested story) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.INGESTED_NAME, story.id().value(), JSON.writeValueAsBytes(story));
        record.headers().add(Headers.TRACE_ID, traceId(story).getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    /** About 25,000 characters of report: well under the broker's limit as ingested, over the test's once enriched. */
    private static String[] longBody() {
        String[] paragraphs = new String[40];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = "In section " + (i + 1)
                    + " the Port of Rotterdam authority reports on cargo volumes, berth occupancy,"
                    + " dredging works, the energy transition programme and the container terminals on the Maasvlakte, with"
                    + " tables of tonnage by commodity, by month and by terminal operator, set against the figures for the"
                    + " previous year, and notes from the harbour master on safety, pilotage and the inland shipping that"
                    + " carries most of the port's containers on to Germany, Belgium and the rest of the Netherlands today.";
        }
        return paragraphs;
    }

    private static String traceId(StoryIngested story) {
        return "trace-" + story.id().value();
    }

    private static long committedOffset(Admin admin) throws Exception {
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata()
                .get()
                .get(INGESTED);
        return committed == null ? -1 : committed.offset();
    }

    /** Everything committed on the topic so far: a story emitted twice or dead-lettered again would be here. */
    private static List<ConsumerRecord<String, byte[]>> readCommitted(String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        long end;
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, enrich.bootstrapServers()))) {
            end = admin.listOffsets(
                            Map.of(partition, OffsetSpec.latest()),
                            new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get()
                    .get(partition)
                    .offset();
        }
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        enrich.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return consumer.position(partition) >= end;
            });
        }
        return records;
    }

    private static long originalOffset(ConsumerRecord<String, byte[]> letter) {
        return ByteBuffer.wrap(
                        letter.headers().lastHeader("kafka_dlt-original-offset").value())
                .getLong();
    }
}
