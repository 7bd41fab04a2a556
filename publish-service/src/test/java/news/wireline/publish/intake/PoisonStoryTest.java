package news.wireline.publish.intake;

import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Topics;
import news.wireline.local.TopicReader;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Stories;
import news.wireline.publish.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A valid enriched story the database refuses, in the middle of a poll: its 3,000-character
 * section makes an index row PostgreSQL cannot hold (SQLSTATE 54000, which Spring translates to a
 * resource failure, as it would a lost connection). It is dead-lettered once with that reason,
 * not waited on as an outage, and every story after it on its partition is stored.
 */
@PublishServiceTest
class PoisonStoryTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoryTheDatabaseRefusesIsDeadLetteredOnceAndTheStoriesAfterItAreStored() throws Exception {
        String before = Stories.uniqueId("before-poison");
        String poison = Stories.uniqueId("poison");
        List<String> after = List.of(
                Stories.uniqueId("after-poison"), Stories.uniqueId("after-poison"), Stories.uniqueId("after-poison"));

        // One produce request on one partition, so the poison sits mid-poll with the stories after it queued behind it.
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.bootstrapServers(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        60_000),
                new StringSerializer(),
                new ByteArraySerializer())) {
            send(producer, story(before, "Ferry crews walk out").enriched());
            send(
                    producer,
                    story(poison, "Section too long to index")
                            .section(randomLetters(3_000))
                            .enriched());
            for (String id : after) {
                send(producer, story(id, "Ferry talks resume " + id).enriched());
            }
            producer.flush();
        }

        await().atMost(PATIENCE).until(() -> stored(after) == after.size());
        assertThat(stored(List.of(before))).isEqualTo(1);
        assertThat(stored(List.of(poison))).isZero();

        List<ConsumerRecord<String, byte[]>> letters = TopicReader.withKey(
                TopicReader.read(
                        TestInfrastructure.bootstrapServers(),
                        Topics.DEAD_LETTER_NAME,
                        Duration.ofSeconds(3),
                        records -> false),
                poison);
        assertThat(letters).hasSize(1);
        ConsumerRecord<String, byte[]> letter = letters.get(0);
        assertThat(header(letter, Headers.REJECT_CODE)).isEqualTo(RejectCode.PROCESSING_FAILED.name());
        assertThat(header(letter, Headers.REJECT_MESSAGE))
                .startsWith("SQLSTATE 54000: PSQLException: ERROR: index row size")
                .contains("story_live_section");
        assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo(Topics.ENRICHED_NAME);
        assertThat(ByteBuffer.wrap(letter.headers()
                                .lastHeader("kafka_dlt-original-partition")
                                .value())
                        .getInt())
                .isZero();
        assertThat(JSON.readValue(letter.value(), StoryEnriched.class).id().value())
                .isEqualTo(poison);
    }

    private int stored(List<String> ids) {
        return jdbc.sql("SELECT count(*) FROM story WHERE story_id IN (:ids)")
                .param("ids", ids)
                .query(Integer.class)
                .single();
    }

    private static void send(KafkaProducer<String, byte[]> producer, StoryEnriched story) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.ENRICHED_NAME, 0, story.id().value(), JSON.writeValueAsBytes(story));
        record.headers().add(Headers.TRACE_ID, ("trace-" + story.id().value()).getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    /** Random letters do not compress, so the index row stays over PostgreSQL's 2,704-byte limit. */
    private static String randomLetters(int length) {
        Random random = new Random(54_000);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
