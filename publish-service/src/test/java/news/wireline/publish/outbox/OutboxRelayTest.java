package news.wireline.publish.outbox;

import com.zaxxer.hikari.HikariDataSource;
import news.wireline.events.StoryId;
import news.wireline.events.StoryPublished;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryEventSender;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import news.wireline.publish.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoInteractions;

class OutboxRelayTest {

    static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    static HikariDataSource dataSource;
    JdbcClient jdbc;
    TransactionTemplate transactions;
    Outbox outbox;
    PublishedLog published;
    StoryEventSender sender = mock(StoryEventSender.class);
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
        JsonMapper json = JsonMapper.builder().build();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outbox = new Outbox(jdbc, json);
        published = new PublishedLog(jdbc, json);
        relay = new OutboxRelay(jdbc, json, sender, transactions, new RelaySettings(Duration.ofMillis(200), 10, Duration.ofDays(7)),
                Clock.fixed(NOON, ZoneOffset.UTC));
    }

    @Test
    void sendsPendingEventsInTheOrderTheyWereWrittenWithTheirHeadersThenMarksThemSent() {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), "desk-a", "trace-a1", NOON);
        outbox.append(event("b", 1, ChangeType.PUBLISHED), "desk-b", null, NOON);
        outbox.append(event("a", 2, ChangeType.UPDATED), "desk-a", "trace-a2", NOON);

        assertThat(relay.relayPending()).isEqualTo(3);

        InOrder order = inOrder(sender);
        order.verify(sender).send(eq(Topics.PUBLISHED), eq(StoryId.of("a")), eq(event("a", 1, ChangeType.PUBLISHED)), eq("desk-a"), eq("trace-a1"));
        order.verify(sender).send(eq(Topics.PUBLISHED), eq(StoryId.of("b")), eq(event("b", 1, ChangeType.PUBLISHED)), eq("desk-b"), eq(null));
        order.verify(sender).send(eq(Topics.PUBLISHED), eq(StoryId.of("a")), eq(event("a", 2, ChangeType.UPDATED)), eq("desk-a"), eq("trace-a2"));
        assertThat(relay.relayPending()).isZero();
        assertThat(published.after(0, 10)).extracting(PublishedEntry::position).containsExactly(1L, 2L, 3L);
        assertThat(published.head()).isEqualTo(3);
    }

    @Test
    void anEventTheBrokerRefusedIsSentNextRoundBeforeAnythingWrittenAfterIt() {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        outbox.append(event("a", 2, ChangeType.UPDATED), null, null, NOON);
        doThrow(EventNotSentException.class).doNothing()
                .when(sender).send(any(), eq(StoryId.of("a")), eq(event("a", 1, ChangeType.PUBLISHED)), any(), any());

        assertThat(relay.relayPending()).isZero();
        assertThat(published.head()).isZero();
        assertThat(relay.relayPending()).isEqualTo(2);

        InOrder order = inOrder(sender);
        order.verify(sender, times(2)).send(any(), any(), eq(event("a", 1, ChangeType.PUBLISHED)), any(), any());
        order.verify(sender).send(any(), any(), eq(event("a", 2, ChangeType.UPDATED)), any(), any());
        order.verifyNoMoreInteractions();
    }

    @Test
    void aCrashAfterSendingSendsTheEventAgainRatherThanLosingIt() {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        outbox.append(event("b", 1, ChangeType.PUBLISHED), null, null, NOON);
        // The first event reaches the broker, then the relay dies before it can record that.
        doThrow(new IllegalStateException("relay killed")).doNothing()
                .when(sender).send(any(), eq(StoryId.of("b")), any(), any(), any());

        try {
            relay.relayPending();
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("relay killed");
        }
        assertThat(published.head()).isZero();
        assertThat(relay.relayPending()).isEqualTo(2);

        InOrder order = inOrder(sender);
        order.verify(sender).send(any(), eq(StoryId.of("a")), any(), any(), any());
        order.verify(sender).send(any(), eq(StoryId.of("b")), any(), any(), any());
        order.verify(sender).send(any(), eq(StoryId.of("a")), any(), any(), any());
        order.verify(sender).send(any(), eq(StoryId.of("b")), any(), any(), any());
        assertThat(published.after(0, 10)).extracting(entry -> entry.event().id().value()).containsExactly("a", "b");
    }

    @Test
    void whileOneInstanceRelaysAnotherSendsNothing() throws Exception {
        outbox.append(event("a", 1, ChangeType.PUBLISHED), null, null, NOON);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch otherInstanceTried = new CountDownLatch(1);
        StoryEventSender slow = mock(StoryEventSender.class);
        doAnswer(invocation -> {
            sending.countDown();
            otherInstanceTried.await();
            return null;
        }).when(slow).send(any(), any(), any(), any(), any());
        OutboxRelay first = new OutboxRelay(jdbc, JsonMapper.builder().build(), slow, transactions,
                new RelaySettings(Duration.ofMillis(200), 10, Duration.ofDays(7)), Clock.fixed(NOON, ZoneOffset.UTC));

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
        doNothing().when(sender).send(any(), any(), any(), any(), any());
        outbox.append(event("old", 1, ChangeType.PUBLISHED), null, null, NOON.minus(Duration.ofDays(9)));
        relay.relayPending();
        jdbc.sql("UPDATE outbox SET sent_at = :at").param("at", Timestamp.from(NOON.minus(Duration.ofDays(8)))).update();
        outbox.append(event("recent", 1, ChangeType.PUBLISHED), null, null, NOON);
        relay.relayPending();
        outbox.append(event("unsent", 1, ChangeType.PUBLISHED), null, null, NOON.minus(Duration.ofDays(9)));

        assertThat(relay.prune()).isEqualTo(1);

        assertThat(jdbc.sql("SELECT story_id FROM outbox ORDER BY seq").query(String.class).list()).containsExactly("recent", "unsent");
    }

    private static StoryPublished event(String id, int version, ChangeType change) {
        return new StoryPublished(StoryPublished.SCHEMA_VERSION, StoryId.of(id), version, change, 5, "Headline " + id, "World",
                "https://news.example/stories/" + id, List.of(), Timeline.receivedAt(NOON).publishedAt(NOON));
    }
}
