package news.wireline.publish.outbox;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import news.wireline.events.StoryId;
import news.wireline.events.StoryPublished;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.events.Timeline;
import news.wireline.kafka.TransactionalSender;
import news.wireline.local.BoundSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

/** A relay as the service wires it, over a test's database, sender and read-back, in batches of ten. */
final class Relays {

    static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    static final int BATCH = 10;

    private Relays() {}

    static OutboxRelay relay(
            JdbcClient jdbc,
            TransactionalSender sender,
            SentEventsReader reader,
            TransactionOperations transactions,
            Clock clock) {
        return relay(jdbc, sender, reader, transactions, clock, Tracer.NOOP);
    }

    static OutboxRelay relay(
            JdbcClient jdbc,
            TransactionalSender sender,
            SentEventsReader reader,
            TransactionOperations transactions,
            Clock clock,
            Tracer tracer) {
        OutboxRows rows = new OutboxRows(jdbc, JsonMapper.builder().build());
        return new OutboxRelay(
                rows,
                new Reconciliation(rows, reader, clock),
                new BatchSender(sender, new StoryTrace(tracer)),
                transactions,
                BoundSettings.of(RelaySettings.class, "batch-size=" + BATCH),
                clock);
    }

    /**
     * A sender to stub {@code send} on, whose transaction runs its work as it is: for tests of what
     * the relay sends and in what order, not of what the broker makes visible.
     */
    @SuppressWarnings("unchecked")
    static TransactionalSender workAsItIs() {
        TransactionalSender sender = mock(TransactionalSender.class);
        when(sender.inOneTransaction(any()))
                .thenAnswer(invocation -> ((Supplier<Object>) invocation.getArgument(0)).get());
        return sender;
    }

    /** An event of story {@code id}, its headline and URL made from the id. */
    static StoryPublished event(String id, int version, ChangeType change) {
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
