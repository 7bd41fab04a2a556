package news.wireline.kafka;

import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.local.LocalKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LogReplicaTest {

    static LocalKafkaBroker broker;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-replica"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.INGESTED_NAME, 3, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void replicasStartedAtDifferentTimesSeeTheSameHistoryAndSkipUnreadableRecords() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(event("wl-a", 1)).get();
            producer.send(new ProducerRecord<>(Topics.INGESTED_NAME, "wl-poison", "not json".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(event("wl-b", 1)).get();

            List<String> early = new CopyOnWriteArrayList<>();
            LogReplica<StoryIngested> first = replicas().of(Topics.INGESTED, (key, story) -> early.add(story.id() + "@" + story.version()));
            first.start();
            assertThat(first.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
            assertThat(early).containsExactlyInAnyOrder("wl-a@1", "wl-b@1");

            producer.send(event("wl-a", 2)).get();
            await().atMost(Duration.ofSeconds(30)).until(() -> early.contains("wl-a@2"));

            List<String> late = new CopyOnWriteArrayList<>();
            LogReplica<StoryIngested> second = replicas().of(Topics.INGESTED, (key, story) -> late.add(story.id() + "@" + story.version()));
            second.start();
            assertThat(second.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
            assertThat(late).containsExactlyInAnyOrderElementsOf(early);

            first.stop();
            second.stop();
            assertThat(first.isRunning()).isFalse();
        }
    }

    private static LogReplicas replicas() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "replica-test",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new LogReplicas(new DefaultKafkaConsumerFactory<Object, Object>(config), JSON);
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static ProducerRecord<String, byte[]> event(String id, int version) {
        Story story = new Story("Headline " + id, null, null, List.of(), List.of("Body."), List.of(), null, null);
        StoryIngested event = new StoryIngested(StoryIngested.SCHEMA_VERSION, StoryId.of(id), version, "desk", "hash" + version,
                Release.usable(), story, Timeline.receivedAt(Instant.EPOCH));
        return new ProducerRecord<>(Topics.INGESTED_NAME, id, JSON.writeValueAsBytes(event));
    }
}
