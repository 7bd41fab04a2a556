package news.wireline.publish.outbox;

import news.wireline.events.StoryPublished;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryEventSender;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Copies outbox events to the published topic in the order they were written, then marks them
 * sent. A crash between the send and the mark sends the event again: at least once, never lost.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /**
     * One relay sends at a time across all instances. Two relays taking turns through the same
     * rows could otherwise send a story's correction before its first version.
     */
    private static final long RELAY_LOCK = 0x5749_5245_4C49_4E45L;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StoryEventSender sender;
    private final TransactionOperations transactions;
    private final RelaySettings settings;
    private final Clock clock;

    OutboxRelay(JdbcClient jdbc, JsonMapper json, StoryEventSender sender, TransactionOperations transactions,
                RelaySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.sender = sender;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is pending, oldest first, stopping at the first event the broker does not take; returns how many were sent. */
    int relayPending() {
        return transactions.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK).query(Boolean.class).single()) {
                return 0;
            }
            int sent = 0;
            for (Pending pending : pending()) {
                try {
                    sender.send(Topics.PUBLISHED, pending.event().id(), pending.event(), pending.desk(), pending.traceId());
                } catch (EventNotSentException e) {
                    log.warn("outbox event {} for story {} not sent, will retry: {}", pending.seq(), pending.event().id(), e.getMessage());
                    break;
                }
                jdbc.sql("UPDATE outbox SET position = nextval('outbox_position'), sent_at = :now WHERE seq = :seq")
                        .param("seq", pending.seq()).param("now", Timestamp.from(clock.instant())).update();
                sent++;
            }
            return sent;
        });
    }

    /** Forgets sent events older than the retention; returns how many. */
    int prune() {
        Instant cutoff = clock.instant().minus(settings.retention());
        return jdbc.sql("DELETE FROM outbox WHERE sent_at < :cutoff").param("cutoff", Timestamp.from(cutoff)).update();
    }

    private List<Pending> pending() {
        return jdbc.sql("""
                        SELECT seq, event, desk, trace_id FROM outbox
                        WHERE position IS NULL ORDER BY seq LIMIT :limit""")
                .param("limit", settings.batchSize())
                .query((rs, row) -> new Pending(rs.getLong("seq"), json.readValue(rs.getString("event"), StoryPublished.class),
                        rs.getString("desk"), rs.getString("trace_id")))
                .list();
    }

    private record Pending(long seq, StoryPublished event, String desk, String traceId) {
    }
}
