package news.wireline.publish.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.wireline.events.StoryPublished;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The outbox's SQL: its entries in outbox, the relay's progress in outbox_relayed, the store's name in outbox_origin. */
@Component
class OutboxRows {

    /**
     * One relay sends at a time across all instances. Two relays taking turns through the same
     * rows could otherwise send a story's correction before its first version.
     */
    private static final long RELAY_LOCK = 0x5749_5245_4C49_4E45L;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(StoryPublished event, String desk, String traceId, @Nullable StoredSpan stored, Instant now) {
        jdbc.sql("""
                        INSERT INTO outbox (story_id, version, change, event, desk, trace_id, parent_span_id, trace_sampled, created_at)
                        VALUES (:id, :version, :change, CAST(:event AS jsonb), :desk, :traceId, :spanId, :sampled, :now)""")
                .param("id", event.id().value())
                .param("version", event.version())
                .param("change", event.change().name())
                .param("event", json.writeValueAsString(event))
                .param("desk", desk)
                .param("traceId", traceId)
                .param("spanId", stored == null ? null : stored.spanId())
                .param("sampled", stored == null ? null : stored.sampled())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Takes the relay's turn until the transaction ends; false, at once, when another instance has it. */
    boolean tryLock() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                .param("lock", RELAY_LOCK)
                .query(Boolean.class)
                .single();
    }

    /** The oldest {@code limit} entries not yet marked sent, in the order they were written. */
    List<Pending> pending(int limit) {
        return jdbc.sql("""
                        SELECT seq, event, desk, trace_id, parent_span_id, trace_sampled, created_at FROM outbox
                        WHERE position IS NULL ORDER BY seq LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Pending(
                        rs.getLong("seq"),
                        json.readValue(rs.getString("event"), StoryPublished.class),
                        rs.getString("desk"),
                        rs.getString("trace_id"),
                        rs.getString("parent_span_id") == null
                                ? null
                                : new StoredSpan(rs.getString("parent_span_id"), rs.getBoolean("trace_sampled")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    String origin() {
        return jdbc.sql("SELECT origin FROM outbox_origin").query(String.class).single();
    }

    Optional<Entry> entry(long seq) {
        return jdbc.sql("SELECT story_id, version, change, position FROM outbox WHERE seq = :seq")
                .param("seq", seq)
                .query((rs, row) -> new Entry(
                        rs.getString("story_id"),
                        rs.getInt("version"),
                        rs.getString("change"),
                        rs.getObject("position") != null))
                .optional();
    }

    /** Gives the entry its place in the published log, unless it has one already. */
    void markSent(long seq, Instant now) {
        jdbc.sql(
                        "UPDATE outbox SET position = nextval('outbox_position'), sent_at = :now WHERE seq = :seq AND position IS NULL")
                .param("seq", seq)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Per partition of the published topic, the offset below which every record is accounted for. */
    Map<Integer, Long> progress() {
        Map<Integer, Long> progress = new HashMap<>();
        jdbc.sql("SELECT topic_partition, next_offset FROM outbox_relayed").query(rs -> {
            progress.put(rs.getInt("topic_partition"), rs.getLong("next_offset"));
        });
        return progress;
    }

    void saveProgress(Map<Integer, Long> progress) {
        progress.forEach((partition, next) ->
                jdbc.sql("""
                        INSERT INTO outbox_relayed (topic_partition, next_offset) VALUES (:partition, :next)
                        ON CONFLICT (topic_partition) DO UPDATE SET next_offset = EXCLUDED.next_offset""").param("partition", partition).param("next", next).update());
    }

    int deleteSentBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM outbox WHERE sent_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    /** Events stored but not yet on the published topic, and the seconds the oldest has waited. */
    Backlog backlog() {
        return jdbc.sql("""
                        SELECT count(*) AS pending,
                               coalesce(extract(epoch FROM now() - min(created_at)), 0) AS oldest
                        FROM outbox WHERE position IS NULL""")
                .query((rs, row) -> new Backlog(rs.getLong("pending"), Math.max(0, rs.getDouble("oldest"))))
                .single();
    }

    /** An entry as the relay checks a record on the topic against it. */
    record Entry(String storyId, int version, String change, boolean sent) {}

    /** An entry waiting to be sent. */
    /** @param stored the span the change was made in, or null when it was made outside the story's trace */
    record Pending(
            long seq,
            StoryPublished event,
            String desk,
            String traceId,
            @Nullable StoredSpan stored,
            Instant createdAt) {}

    /** A span a story change was made in: the parent of the relay's span, sampled as it was. */
    record StoredSpan(String spanId, boolean sampled) {}

    record Backlog(long pending, double oldestSeconds) {}
}
