package news.wireline.publish.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import news.wireline.events.Headers;
import news.wireline.events.StoryPublished;
import news.wireline.events.Topics;
import news.wireline.events.Topics.Topic;
import news.wireline.kafka.StoryEventSender;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import news.wireline.kafka.StoryRecords;
import news.wireline.publish.outbox.SentEventsReader.SentEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies outbox events to the published topic in the order they were written, then marks them
 * sent. A crash between the send and the mark leaves the event unmarked; the next round finds it
 * on the topic past the recorded progress and marks it instead of sending it again, so each event
 * is on the topic once, and never lost.
 * <p>
 * Each event goes to the compacted current-stories topic first (the event, or a tombstone for a
 * kill), then to the published topic. So whatever is on the published topic is on the current one
 * already, and a consumer that notes the published topic's end, reads the current one and then
 * follows the published one from that end misses nothing. A retry repeats the current record,
 * which compaction keeps as one.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /**
     * One relay sends at a time across all instances. Two relays taking turns through the same
     * rows could otherwise send a story's correction before its first version.
     */
    private static final long RELAY_LOCK = 0x5749_5245_4C49_4E45L;
    /** How far another instance's clock, which stamped an entry, may be ahead of the broker's record times. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StoryEventSender sender;
    private final TransactionOperations transactions;
    private final SentEventsReader reader;
    private final StoryTrace trace;
    private final RelaySettings settings;
    private final Clock clock;

    OutboxRelay(
            JdbcClient jdbc,
            JsonMapper json,
            StoryEventSender sender,
            SentEventsReader reader,
            StoryTrace trace,
            TransactionOperations transactions,
            RelaySettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.sender = sender;
        this.reader = reader;
        this.trace = trace;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends what is pending, oldest first, stopping at the first event the broker does not take;
     * returns how many events it accounted for. Events an earlier round sent but never marked
     * (it crashed, or lost its database, in between) are found on the topic and marked, not sent again.
     */
    int relayPending() {
        return transactions.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                    .param("lock", RELAY_LOCK)
                    .query(Boolean.class)
                    .single()) {
                return 0;
            }
            List<Pending> pending = pending();
            if (pending.isEmpty()) {
                return 0;
            }
            String origin = jdbc.sql("SELECT origin FROM outbox_origin")
                    .query(String.class)
                    .single();
            Map<Integer, Long> progress = progress();
            Instant oldest = pending.stream()
                    .map(Pending::createdAt)
                    .min(Instant::compareTo)
                    .orElseThrow();
            SentEvents alreadySent = reader.read(progress, oldest.minus(CLOCK_SKEW), origin);
            progress.putAll(alreadySent.ends());
            int found = (int) alreadySent.found().stream()
                    .filter(this::markSentIfItIsTheEntry)
                    .count();
            if (found > 0) {
                log.info(
                        "{} outbox events were on the topic already, sent before a crash; marked sent, not sent again",
                        found);
                pending = pending();
            }
            int sent = 0;
            for (Pending event : pending) {
                RecordMetadata placed;
                try {
                    placed = trace.within(event.traceId(), () -> {
                        sender.send(record(Topics.CURRENT, event, current(event.event()), origin));
                        return sender.send(record(Topics.PUBLISHED, event, event.event(), origin));
                    });
                } catch (EventNotSentException e) {
                    log.warn(
                            "outbox event {} for story {} not sent, will retry: {}",
                            event.seq(),
                            event.event().id(),
                            e.getMessage());
                    break;
                }
                markSent(event.seq());
                progress.merge(placed.partition(), placed.offset() + 1, Math::max);
                sent++;
            }
            saveProgress(progress);
            return found + sent;
        });
    }

    /**
     * The entry's name, {@code <origin>:<seq>}, is also its event's CloudEvents id: the same on every
     * attempt to send the entry, and on no other event, not even another store's after a rebuild.
     */
    private ProducerRecord<String, Object> record(
            Topic<StoryPublished> topic, Pending pending, @Nullable StoryPublished value, String origin) {
        String entry = origin + ":" + pending.seq();
        ProducerRecord<String, Object> record =
                StoryRecords.record(topic, pending.event().id(), value, pending.desk(), pending.traceId(), entry);
        record.headers().add(Headers.OUTBOX_ENTRY, entry.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** A withdrawn story has no current version: its tombstone leaves compaction nothing of it to keep. */
    private static @Nullable StoryPublished current(StoryPublished event) {
        return event.change() == StoryPublished.ChangeType.WITHDRAWN ? null : event;
    }

    /**
     * Marks the entry a record on the topic names as sent, if the record is that entry's event: its
     * key and its story, version and change are the entry's. A header alone is not trusted, since
     * any producer can write one; taking a forged one at its word would mark a real event sent
     * that was never sent, and it would never be announced.
     */
    private boolean markSentIfItIsTheEntry(FoundEntry found) {
        Optional<Entry> entry = jdbc.sql("SELECT story_id, version, change, position FROM outbox WHERE seq = :seq")
                .param("seq", found.seq())
                .query((rs, row) -> new Entry(
                        rs.getString("story_id"),
                        rs.getInt("version"),
                        rs.getString("change"),
                        rs.getObject("position") != null))
                .optional();
        if (entry.isEmpty()) {
            log.warn(
                    "record at {} for story {} names outbox entry {}, which this outbox does not have; ignored",
                    found.place(),
                    found.key(),
                    found.seq());
            return false;
        }
        if (!found.carries(
                entry.get().storyId(), entry.get().version(), entry.get().change())) {
            log.warn(
                    "record at {} for story {} ({}) names outbox entry {}, which is story {}@{} {}; ignored, the entry is still sent",
                    found.place(),
                    found.key(),
                    found.claim(),
                    found.seq(),
                    entry.get().storyId(),
                    entry.get().version(),
                    entry.get().change());
            return false;
        }
        if (entry.get().sent()) {
            log.debug(
                    "record at {} for story {} is outbox entry {}, already marked sent",
                    found.place(),
                    found.key(),
                    found.seq());
            return false;
        }
        markSent(found.seq());
        return true;
    }

    private void markSent(long seq) {
        jdbc.sql(
                        "UPDATE outbox SET position = nextval('outbox_position'), sent_at = :now WHERE seq = :seq AND position IS NULL")
                .param("seq", seq)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private Map<Integer, Long> progress() {
        return new HashMap<>(jdbc
                .sql("SELECT topic_partition, next_offset FROM outbox_relayed")
                .query((rs, row) -> Map.entry(rs.getInt("topic_partition"), rs.getLong("next_offset")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private void saveProgress(Map<Integer, Long> progress) {
        progress.forEach((partition, next) ->
                jdbc.sql("""
                        INSERT INTO outbox_relayed (topic_partition, next_offset) VALUES (:partition, :next)
                        ON CONFLICT (topic_partition) DO UPDATE SET next_offset = EXCLUDED.next_offset""").param("partition", partition).param("next", next).update());
    }

    /** Forgets sent events older than the retention; returns how many. */
    int prune() {
        Instant cutoff = clock.instant().minus(settings.retention());
        return jdbc.sql("DELETE FROM outbox WHERE sent_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private List<Pending> pending() {
        return jdbc.sql("""
                        SELECT seq, event, desk, trace_id, created_at FROM outbox
                        WHERE position IS NULL ORDER BY seq LIMIT :limit""")
                .param("limit", settings.batchSize())
                .query((rs, row) -> new Pending(
                        rs.getLong("seq"),
                        json.readValue(rs.getString("event"), StoryPublished.class),
                        rs.getString("desk"),
                        rs.getString("trace_id"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private record Entry(String storyId, int version, String change, boolean sent) {}

    private record Pending(long seq, StoryPublished event, String desk, String traceId, Instant createdAt) {}
}
