package news.wireline.publish.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.wireline.events.Headers;
import news.wireline.events.StoryPublished;
import news.wireline.events.Topics;
import news.wireline.events.Topics.Topic;
import news.wireline.kafka.StoryRecords;
import news.wireline.kafka.TransactionalSender;
import news.wireline.publish.outbox.OutboxRows.Pending;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of outbox entries in one Kafka transaction: each entry's record on the compacted
 * current-stories topic (the event, or a tombstone for a kill), then its event on the published
 * topic. A read-committed consumer sees the whole batch or none of it, so it never sees a
 * published event whose current record is missing, nor, after a relay died mid-batch and the
 * batch was sent again, any record of it twice.
 */
@Component
class BatchSender {

    private final TransactionalSender sender;
    private final StoryTrace trace;

    BatchSender(TransactionalSender sender, StoryTrace trace) {
        this.sender = sender;
        this.trace = trace;
    }

    /**
     * Where each entry's published event was put, in the order of {@code batch}, once the
     * transaction committed; throws {@code EventNotSentException} when it did not.
     */
    List<RecordMetadata> send(List<Pending> batch, String origin) {
        return sender.inOneTransaction(() -> {
            List<RecordMetadata> placed = new ArrayList<>();
            for (Pending pending : batch) {
                placed.add(trace.within(pending.traceId(), pending.stored(), () -> {
                    sender.send(record(Topics.CURRENT, pending, current(pending.event()), origin));
                    return sender.send(record(Topics.PUBLISHED, pending, pending.event(), origin));
                }));
            }
            return placed;
        });
    }

    /**
     * The entry's name, {@code <origin>:<seq>}, is also its event's CloudEvents id: the same on every
     * attempt to send the entry, and on no other event, not even another store's after a rebuild.
     */
    private static ProducerRecord<String, Object> record(
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
}
