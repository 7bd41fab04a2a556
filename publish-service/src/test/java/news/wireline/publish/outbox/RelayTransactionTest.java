package news.wireline.publish.outbox;

import static news.wireline.publish.outbox.Relays.NOON;
import static news.wireline.publish.outbox.Relays.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.wireline.events.Headers;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import news.wireline.kafka.TransactionalSender;
import news.wireline.local.TopicReader;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Stories;
import news.wireline.publish.TestDatabase;
import news.wireline.publish.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay's batches as a read-committed consumer sees them, through the service's own
 * transactional producer and the real broker: a relay stopped in the middle of a batch shows none
 * of it, and the batch sent again shows each record once. The relay here has an outbox of its
 * own, so the service's relay, running beside it, never takes its entries.
 */
@PublishServiceTest
class RelayTransactionTest {

    @Autowired
    TransactionalSender serviceSender;

    @Autowired
    ConsumerFactory<Object, Object> consumers;

    HikariDataSource dataSource;
    JdbcClient jdbc;
    SentEventsReader reader;

    @BeforeEach
    void ownOutbox() {
        dataSource = TestDatabase.fresh("wireline_relay_tx");
        jdbc = JdbcClient.create(dataSource);
        reader = new SentEventsReader(consumers, JsonMapper.builder().build());
    }

    @AfterEach
    void close() {
        reader.destroy();
        dataSource.close();
    }

    @Test
    void aRelayStoppedMidBatchShowsNoneOfItAndTheBatchSentAgainShowsEachRecordOnce() throws Exception {
        String a = Stories.uniqueId("atomic-a");
        String b = Stories.uniqueId("atomic-b");
        Outbox outbox = new Outbox(jdbc, JsonMapper.builder().build(), Tracer.NOOP);
        outbox.append(event(a, 1, ChangeType.PUBLISHED), "desk-a", null, NOON);
        outbox.append(event(a, 2, ChangeType.WITHDRAWN), "desk-a", null, NOON);
        outbox.append(event(b, 1, ChangeType.PUBLISHED), "desk-b", null, NOON);
        CountDownLatch midBatch = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);
        TransactionalSender dying = spy(serviceSender);
        // b's published event is the batch's last record: a's three and b's current record are
        // written, uncommitted, when the relay stops; then its producer fails, as one whose broker
        // connection died would.
        doAnswer(invocation -> {
                    ProducerRecord<String, Object> record = invocation.getArgument(0);
                    if (record.key().equals(b) && record.topic().equals(Topics.PUBLISHED_NAME)) {
                        midBatch.countDown();
                        looked.await();
                        throw new KafkaException("the relay's producer died");
                    }
                    return invocation.callRealMethod();
                })
                .when(dying)
                .send(any());
        OutboxRelay relay = relay(dying);

        CompletableFuture<Integer> stopped = CompletableFuture.supplyAsync(relay::relayPending);
        assertThat(midBatch.await(30, TimeUnit.SECONDS)).isTrue();
        List<String> seenMidBatch = committed(a, b);
        looked.countDown();

        assertThat(seenMidBatch).isEmpty();
        assertThat(stopped.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(committed(a, b)).isEmpty();

        assertThat(relay(serviceSender).relayPending()).isEqualTo(3);

        String origin =
                jdbc.sql("SELECT origin FROM outbox_origin").query(String.class).single();
        // The commit returns before the broker has written its markers, which make the records readable.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(committed(a, b))
                        .containsExactly(
                                Topics.CURRENT_NAME + " " + a + " " + origin + ":1",
                                Topics.CURRENT_NAME + " " + a + " tombstone",
                                Topics.CURRENT_NAME + " " + b + " " + origin + ":3",
                                Topics.PUBLISHED_NAME + " " + a + " " + origin + ":1",
                                Topics.PUBLISHED_NAME + " " + a + " " + origin + ":2",
                                Topics.PUBLISHED_NAME + " " + b + " " + origin + ":3"));
    }

    private OutboxRelay relay(TransactionalSender sender) {
        return Relays.relay(
                jdbc,
                sender,
                reader,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Clock.fixed(NOON, ZoneOffset.UTC));
    }

    /**
     * The committed records of both topics for these stories, each as topic, key and event id:
     * current-stories topic first, then by key, each story's in the order written.
     */
    private static List<String> committed(String... keys) {
        return Stream.of(Topics.CURRENT_NAME, Topics.PUBLISHED_NAME)
                .flatMap(topic -> TopicReader.readToEnd(TestInfrastructure.bootstrapServers(), topic).stream()
                        .filter(record -> List.of(keys).contains(record.key()))
                        .sorted(Comparator.comparing(ConsumerRecord::key)))
                .map(RelayTransactionTest::describe)
                .toList();
    }

    private static String describe(ConsumerRecord<String, byte[]> record) {
        String id = record.value() == null ? "tombstone" : StoryRecords.header(record, Headers.CE_ID);
        return record.topic() + " " + record.key() + " " + id;
    }
}
