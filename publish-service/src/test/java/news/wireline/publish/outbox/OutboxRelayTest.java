package news.wireline.publish.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import news.wireline.events.Headers;
import news.wireline.events.StoryId;
import news.wireline.events.StoryPublished;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryEventSender;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import news.wireline.local.BoundSettings;
import news.wireline.publish.TestDatabase;
import news.wireline.publish.outbox.SentEventsReader.SentEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

class OutboxRelayTest {

    static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    static HikariDataSource dataSource;
    JdbcClient jdbc;
    TransactionTemplate transactions;
    Outbox outbox;
    PublishedLog published;
    StoryEventSender sender = mock(StoryEventSender.class);
    SentEventsReader reader = mock(SentEventsReader.class);
    /** What the broker took on the published topic, and on the current-stories topic. */
    List<ProducerRecord<String, Object>> sent = new ArrayList<>();

    List<ProducerRecord<String, Object>> current = new ArrayList<>();
    List<String> topicsInOrder = new ArrayList<>();
    int partition;
    long nextOffset;
    OutboxRelay relay;

    @BeforeAll
    static void openDatabase() {
        dataSource = TestDatabase.fresh("wireline_outbox");
    }

    @AfterAll
    static void closeDatabase() {
        dataSource.close();
    }

    @BeforeEach
    void emptyOutbox() {
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM outbox").update();
        jdbc.sql("ALTER TABLE outbox ALTER COLUMN seq RESTART").update();
        jdbc.sql("ALTER SEQUENCE outbox_position RESTART").update();
        jdbc.sql("DELETE FROM outbox_relayed").update();
        when(sender.send(any(ProducerRecord.class))).thenAnswer(invocation -> place(invocation.getArgument(0)));
        when(reader.read(any(), any(), any())).thenReturn(new SentEvents(List.of(), Map.of()));
        JsonMapper json = JsonMapper.builder().build();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outbox = new Outbox(jdbc, json);
        published = new PublishedLog(jdbc, json);
        relay = new OutboxRelay(
                jdbc,
                json,
                sender,
                reader,
                new StoryTrace(Tracer.NOOP),
                transactions,
                BoundSettings.of(RelaySettings.class, "batch-size=10"),
                Clock.fixed(NOON, ZoneOffset.UTC));
    }

    @Test
    void sendsPendingEventsInTheOrderTheyWereWrittenWithTheirHeadersThenMarksThemSent() {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), "desk-a", "trace-a1", NOON);
        outbox.append(event("b", 1, ChangeType.PUBLISHED), "desk-b", null, NOON);
        outbox.append(event("a", 2, ChangeType.UPDATED), "desk-a", "trace-a2", NOON);

        assertThat(relay.relayPending()).isEqualTo(3);

        assertThat(sent).extracting(ProducerRecord::topic).containsOnly(Topics.PUBLISHED_NAME);
        assertThat(sent)
                .extracting(ProducerRecord::value)
                .containsExactly(
                        event("a", 1, ChangeType.PUBLISHED),
                        event("b", 1, ChangeType.PUBLISHED),
                        event("a", 2, ChangeType.UPDATED));
        assertThat(sent)
                .extracting(record -> header(record, Headers.DESK))
                .containsExactly("desk-a", "desk-b", "desk-a");
        assertThat(header(sent.get(0), Headers.TRACE_ID)).isEqualTo("trace-a1");
        assertThat(header(sent.get(2), Headers.TRACE_ID)).isEqualTo("trace-a2");
        assertThat(sent)
                .extracting(record -> header(record, Headers.OUTBOX_ENTRY))
                .containsExactly(origin() + ":1", origin() + ":2", origin() + ":3");
        assertThat(relay.relayPending()).isZero();
        assertThat(published.after(0, 10)).extracting(PublishedEntry::position).containsExactly(1L, 2L, 3L);
        assertThat(published.head()).isEqualTo(3);
    }

    @Test
    void eachEventGoesToTheCurrentStoriesTopicFirstAndAKillLeavesATombstone() {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), "desk-a", "trace-a1", NOON);
        outbox.append(event("a", 2, ChangeType.UPDATED), "desk-a", "trace-a2", NOON);
        outbox.append(event("a", 3, ChangeType.WITHDRAWN), "desk-a", "trace-a3", NOON);

        assertThat(relay.relayPending()).isEqualTo(3);

        assertThat(topicsInOrder)
                .containsExactly(
                        Topics.CURRENT_NAME,
                        Topics.PUBLISHED_NAME,
                        Topics.CURRENT_NAME,
                        Topics.PUBLISHED_NAME,
                        Topics.CURRENT_NAME,
                        Topics.PUBLISHED_NAME);
        assertThat(current).extracting(ProducerRecord::key).containsExactly("a", "a", "a");
        assertThat(current)
                .extracting(ProducerRecord::value)
                .containsExactly(event("a", 1, ChangeType.PUBLISHED), event("a", 2, ChangeType.UPDATED), null);
        assertThat(current)
                .extracting(record -> header(record, Headers.CE_ID))
                .containsExactly(origin() + ":1", origin() + ":2", null);
        assertThat(current)
                .extracting(record -> header(record, Headers.TRACE_ID))
                .containsExactly("trace-a1", "trace-a2", "trace-a3");
    }

    @Test
    void anEventTheBrokerRefusedIsSentNextRoundBeforeAnythingWrittenAfterIt() {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        outbox.append(event("a", 2, ChangeType.UPDATED), null, null, NOON);
        when(sender.send(any(ProducerRecord.class)))
                .thenThrow(EventNotSentException.class)
                .thenAnswer(invocation -> place(invocation.getArgument(0)));

        assertThat(relay.relayPending()).isZero();
        assertThat(published.head()).isZero();
        assertThat(relay.relayPending()).isEqualTo(2);

        assertThat(sent)
                .extracting(ProducerRecord::value)
                .containsExactly(event("a", 1, ChangeType.PUBLISHED), event("a", 2, ChangeType.UPDATED));
    }

    @Test
    void anEventSentAgainAfterTheBrokerRefusedItKeepsItsEventIdTheEntrysName() {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        outbox.append(event("a", 2, ChangeType.UPDATED), null, null, NOON);
        when(sender.send(any(ProducerRecord.class)))
                .thenThrow(EventNotSentException.class)
                .thenAnswer(invocation -> place(invocation.getArgument(0)));

        relay.relayPending();
        relay.relayPending();

        ArgumentCaptor<ProducerRecord<String, Object>> attempts = ArgumentCaptor.captor();
        // Each entry goes to the current-stories topic first, with the same event id: the refused
        // attempt was entry 1's current record, then both of its records, then entry 2's.
        verify(sender, times(5)).send(attempts.capture());
        assertThat(attempts.getAllValues())
                .extracting(record -> record.topic() + " " + header(record, Headers.CE_ID))
                .containsExactly(
                        Topics.CURRENT_NAME + " " + origin() + ":1",
                        Topics.CURRENT_NAME + " " + origin() + ":1",
                        Topics.PUBLISHED_NAME + " " + origin() + ":1",
                        Topics.CURRENT_NAME + " " + origin() + ":2",
                        Topics.PUBLISHED_NAME + " " + origin() + ":2");
        assertThat(sent)
                .extracting(record -> header(record, Headers.CE_TYPE))
                .containsExactly("news.wireline.story.published", "news.wireline.story.updated");
    }

    @Test
    void eventsSentBeforeACrashAreFoundOnTheTopicAndMarkedNotSentAgain() {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        outbox.append(event("b", 1, ChangeType.PUBLISHED), null, null, NOON);
        // The first event reached the broker, at offset 7 of partition 2; then the relay died before it could mark it.
        jdbc.sql("INSERT INTO outbox_relayed VALUES (2, 7)").update();
        partition = 2;
        nextOffset = 8;
        when(reader.read(eq(Map.of(2, 7L)), eq(NOON.minus(Duration.ofMinutes(1))), eq(origin())))
                .thenReturn(new SentEvents(
                        List.of(new FoundEntry(1, "a", "a", 1, "PUBLISHED", Topics.PUBLISHED_NAME, 2, 7)),
                        Map.of(2, 8L)));

        assertThat(relay.relayPending()).isEqualTo(2);

        assertThat(sent).extracting(ProducerRecord::key).containsExactly("b");
        assertThat(published.after(0, 10))
                .extracting(entry -> entry.event().id().value())
                .containsExactly("a", "b");
        assertThat(jdbc.sql("SELECT next_offset FROM outbox_relayed WHERE topic_partition = 2")
                        .query(Long.class)
                        .single())
                .as("progress moves past the event found and the one sent")
                .isEqualTo(9L);
    }

    @Test
    void whileOneInstanceRelaysAnotherSendsNothing() throws Exception {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch otherInstanceTried = new CountDownLatch(1);
        StoryEventSender slow = mock(StoryEventSender.class);
        when(slow.send(any(ProducerRecord.class))).thenAnswer(invocation -> {
            sending.countDown();
            otherInstanceTried.await();
            return place(invocation.getArgument(0));
        });
        OutboxRelay first = new OutboxRelay(
                jdbc,
                JsonMapper.builder().build(),
                slow,
                reader,
                new StoryTrace(Tracer.NOOP),
                transactions,
                BoundSettings.of(RelaySettings.class, "batch-size=10"),
                Clock.fixed(NOON, ZoneOffset.UTC));

        CompletableFuture<Integer> firstRound = CompletableFuture.supplyAsync(first::relayPending);
        sending.await();
        int secondRound = relay.relayPending();
        otherInstanceTried.countDown();

        assertThat(secondRound).isZero();
        assertThat(firstRound.get()).isEqualTo(1);
        verifyNoInteractions(sender);
    }

    @Test
    void pruningForgetsSentEventsPastTheRetentionAndKeepsTheRest() {
        outbox.append(event("old", 1, ChangeType.PUBLISHED), null, null, NOON.minus(Duration.ofDays(9)));
        relay.relayPending();
        jdbc.sql("UPDATE outbox SET sent_at = :at")
                .param("at", Timestamp.from(NOON.minus(Duration.ofDays(8))))
                .update();
        outbox.append(event("recent", 1, ChangeType.PUBLISHED), null, null, NOON);
        relay.relayPending();
        outbox.append(event("unsent", 1, ChangeType.PUBLISHED), null, null, NOON.minus(Duration.ofDays(9)));

        assertThat(relay.prune()).isEqualTo(1);

        assertThat(jdbc.sql("SELECT story_id FROM outbox ORDER BY seq")
                        .query(String.class)
                        .list())
                .containsExactly("recent", "unsent");
    }

    /** The broker takes the record, at the next offset of {@link #partition} of its topic. */
    private RecordMetadata place(ProducerRecord<String, Object> record) {
        topicsInOrder.add(record.topic());
        if (record.topic().equals(Topics.CURRENT_NAME)) {
            current.add(record);
            return new RecordMetadata(new TopicPartition(record.topic(), partition), current.size() - 1, 0, 0, 0, 0);
        }
        sent.add(record);
        return new RecordMetadata(new TopicPartition(record.topic(), partition), nextOffset++, 0, 0, 0, 0);
    }

    private String origin() {
        return jdbc.sql("SELECT origin FROM outbox_origin").query(String.class).single();
    }

    private static String header(ProducerRecord<String, Object> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
