package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Tag;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stage events as written to a real broker read back through the CloudEvents SDK's Kafka binding,
 * as a consumer built on it would read them: every attribute there, with the value we documented.
 */
class CloudEventsBindingTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant RECEIVED = Instant.parse("2026-11-25T13:10:12.402113Z");
    static final Instant INGESTED = Instant.parse("2026-11-25T13:10:12.431870Z");
    static final Instant ENRICHED = Instant.parse("2026-11-25T13:10:12.610245Z");

    static LocalKafkaBroker broker;
    static StoryEventSender sender;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-cloudevents"));
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(Topics.INGESTED_NAME, 1, (short) 1),
                            new NewTopic(Topics.ENRICHED_NAME, 1, (short) 1)))
                    .all()
                    .get();
        }
        JacksonJsonSerializer<Object> values = new JacksonJsonSerializer<>(JSON);
        values.setAddTypeInfo(false);
        DefaultKafkaProducerFactory<String, Object> producers = new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                values);
        sender = new StoryEventSender(new KafkaTemplate<>(producers), JSON, 1_000_000);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void ingestedEventIsABinaryCloudEventWithEveryAttribute() {
        StoryIngested ingested = ingested("wl-ce-ingested");

        sender.send(Topics.INGESTED, ingested.id(), ingested, "test-desk", "0af7651916cd43dd8448eb211c80319c");

        ConsumerRecord<String, byte[]> record = onlyRecord(Topics.INGESTED_NAME, "wl-ce-ingested");
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(event.getSource()).isEqualTo(URI.create("/wireline/ingest-service"));
        assertThat(event.getType()).isEqualTo("news.wireline.story.ingested");
        assertThat(event.getSubject()).isEqualTo("wl-ce-ingested");
        assertThat(event.getTime()).isEqualTo(OffsetDateTime.ofInstant(INGESTED, ZoneOffset.UTC));
        assertThat(event.getDataSchema())
                .isEqualTo(URI.create("https://wireline.news/schema/StoryIngested.schema.json"));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(JSON.readValue(event.getData().toBytes(), StoryIngested.class))
                .isEqualTo(ingested);
    }

    @Test
    void enrichedEventsOfOneVersionAreTwoEventsWithIdsOfTheirOwn() {
        StoryIngested ingested = ingested("wl-ce-enriched");
        Timeline enrichedAt = ingested.timeline().enrichedAt(ENRICHED);
        StoryEnriched first = StoryEnriched.of(ingested, List.of(), List.of(), enrichedAt);
        StoryEnriched again = StoryEnriched.of(
                ingested, List.of(new Tag("Rotterdam", Tag.TagType.PLACE, 0.9, 2)), List.of(), enrichedAt);

        sender.send(Topics.ENRICHED, first.id(), first, "test-desk", null);
        sender.send(Topics.ENRICHED, again.id(), again, "test-desk", null);

        List<CloudEvent> events = TopicReader.withKey(
                        TopicReader.read(
                                broker.bootstrapServers(),
                                Topics.ENRICHED_NAME,
                                Duration.ofSeconds(30),
                                records -> TopicReader.withKey(records, "wl-ce-enriched")
                                                .size()
                                        >= 2),
                        "wl-ce-enriched")
                .stream()
                .map(record -> KafkaMessageFactory.createReader(record).toEvent())
                .toList();
        assertThat(events).hasSize(2);
        assertThat(events).extracting(CloudEvent::getType).containsOnly("news.wireline.story.enriched");
        assertThat(events).extracting(CloudEvent::getSource).containsOnly(URI.create("/wireline/enrich-service"));
        assertThat(events).extracting(CloudEvent::getSubject).containsOnly("wl-ce-enriched");
        assertThat(events)
                .extracting(CloudEvent::getTime)
                .containsOnly(OffsetDateTime.ofInstant(ENRICHED, ZoneOffset.UTC));
        assertThat(events)
                .extracting(CloudEvent::getDataSchema)
                .containsOnly(URI.create("https://wireline.news/schema/StoryEnriched.schema.json"));
        assertThat(events.get(0).getId()).isNotEqualTo(events.get(1).getId());
    }

    private static StoryIngested ingested(String id) {
        Story story = new Story(
                "Ferry service resumes after storm",
                "Europe",
                2,
                List.of(),
                List.of("Ferries sailed again on Tuesday."),
                List.of(),
                new Story.Byline(List.of("Ana Ruiz"), null),
                "en");
        return new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                StoryId.of(id),
                1,
                "test-desk",
                "hash-" + id,
                Release.usable(),
                story,
                Timeline.receivedAt(RECEIVED).ingestedAt(INGESTED));
    }

    private static ConsumerRecord<String, byte[]> onlyRecord(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.withKey(
                TopicReader.read(
                        broker.bootstrapServers(),
                        topic,
                        Duration.ofSeconds(30),
                        read -> !TopicReader.withKey(read, key).isEmpty()),
                key);
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
