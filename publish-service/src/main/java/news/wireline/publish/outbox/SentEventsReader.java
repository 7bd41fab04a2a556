package news.wireline.publish.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the published topic past the relay's recorded progress, for events this outbox sent but
 * never marked sent: a relay killed, or cut off from its database, between sending and committing
 * leaves them there. Used by one relay round at a time, under the relay's lock.
 * <p>
 * A record is taken as a candidate only when its outbox-entry header names this store and an
 * entry number, and its value says which story, version and change it carries; anything else
 * there (a malformed header, a value that is not an event) is logged and passed over, so no
 * record on the topic can stop the relay.
 */
@Component
class SentEventsReader implements DisposableBean {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SentEventsReader.class);

    private final ConsumerFactory<Object, Object> consumers;
    private final JsonMapper json;
    private @Nullable Consumer<Object, Object> consumer;

    SentEventsReader(ConsumerFactory<Object, Object> consumers, JsonMapper json) {
        this.consumers = consumers;
        this.json = json;
    }

    /**
     * Reads each partition from {@code progress}, or from {@code since} where there is none yet,
     * to its end; finds the entries of {@code origin}'s outbox there.
     */
    synchronized SentEvents read(Map<Integer, Long> progress, Instant since, String origin) {
        Consumer<Object, Object> reader = consumer();
        List<TopicPartition> partitions = List.copyOf(reader.assignment());
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
        Map<TopicPartition, Long> starts = starts(reader, partitions, ends, progress, since);
        List<TopicPartition> behind = partitions.stream()
                .filter(partition -> offsetOf(starts, partition) < offsetOf(ends, partition))
                .toList();
        List<FoundEntry> found = new ArrayList<>();
        if (!behind.isEmpty()) {
            behind.forEach(partition -> reader.seek(partition, offsetOf(starts, partition)));
            reader.resume(behind);
            try {
                readUpTo(reader, behind, ends, origin, found);
            } finally {
                reader.pause(behind);
            }
        }
        return new SentEvents(
                found,
                ends.entrySet().stream()
                        .collect(Collectors.toMap(end -> end.getKey().partition(), Map.Entry::getValue)));
    }

    private void readUpTo(
            Consumer<Object, Object> reader,
            List<TopicPartition> behind,
            Map<TopicPartition, Long> ends,
            String origin,
            List<FoundEntry> found) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (behind.stream().anyMatch(partition -> reader.position(partition) < offsetOf(ends, partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + Topics.PUBLISHED_NAME + " back within " + PATIENCE);
            }
            for (ConsumerRecord<Object, Object> record : reader.poll(POLL)) {
                String entry = StoryRecords.header(record, Headers.OUTBOX_ENTRY);
                if (entry != null && entry.startsWith(origin + ":")) {
                    FoundEntry candidate = candidate(record, entry.substring(origin.length() + 1));
                    if (candidate != null) {
                        found.add(candidate);
                    }
                }
            }
        }
    }

    /** The record's claim to be an entry of this outbox, or null, logged, when it cannot be read as one. */
    private @Nullable FoundEntry candidate(ConsumerRecord<Object, Object> record, String seq) {
        String place = record.topic() + "-" + record.partition() + "@" + record.offset();
        long entry;
        try {
            entry = Long.parseLong(seq);
        } catch (NumberFormatException e) {
            log.warn(
                    "record at {} for story {} names this outbox but no entry number ({}: '{}'); ignored",
                    place,
                    record.key(),
                    Headers.OUTBOX_ENTRY,
                    seq);
            return null;
        }
        try {
            JsonNode event = record.value() instanceof byte[] bytes ? json.readTree(bytes) : null;
            if (record.key() == null
                    || event == null
                    || !event.path("id").isString()
                    || !event.path("version").isInt()
                    || !event.path("change").isString()) {
                log.warn(
                        "record at {} for story {} names outbox entry {} but carries no story event; ignored",
                        place,
                        record.key(),
                        entry);
                return null;
            }
            return new FoundEntry(
                    entry,
                    record.key().toString(),
                    event.get("id").asString(),
                    event.get("version").asInt(),
                    event.get("change").asString(),
                    record.topic(),
                    record.partition(),
                    record.offset());
        } catch (JacksonException e) {
            log.warn(
                    "record at {} for story {} names outbox entry {} but its value is not JSON ({}); ignored",
                    place,
                    record.key(),
                    entry,
                    e.getOriginalMessage());
            return null;
        }
    }

    /** An event cannot have been sent before its outbox entry was written, so a partition new to the relay is read from then. */
    private static Map<TopicPartition, Long> starts(
            Consumer<Object, Object> reader,
            List<TopicPartition> partitions,
            Map<TopicPartition, Long> ends,
            Map<Integer, Long> progress,
            Instant since) {
        Map<TopicPartition, Long> starts = new HashMap<>();
        Map<TopicPartition, Long> unknown = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long from = progress.get(partition.partition());
            if (from != null) {
                starts.put(partition, from);
            } else {
                unknown.put(partition, since.toEpochMilli());
            }
        }
        if (!unknown.isEmpty()) {
            Map<TopicPartition, OffsetAndTimestamp> byTime = reader.offsetsForTimes(unknown);
            unknown.keySet()
                    .forEach(partition -> starts.put(
                            partition,
                            byTime.get(partition) == null
                                    ? offsetOf(ends, partition)
                                    : byTime.get(partition).offset()));
        }
        return starts;
    }

    /** Both maps have every assigned partition: endOffsets answers for each one asked, starts are set for each. */
    private static long offsetOf(Map<TopicPartition, Long> offsets, TopicPartition partition) {
        return Objects.requireNonNull(offsets.get(partition), "an offset for every assigned partition");
    }

    /**
     * Holds every partition, paused but for the moments it reads back, so end offsets are asked of
     * partitions it owns. The topic's partitions are asked of the broker each round, not of the
     * client's cached metadata: the relay's producer may already have sent to a partition added
     * since, and an event there that was never marked must be found, not sent twice.
     */
    private Consumer<Object, Object> consumer() {
        if (consumer == null) {
            consumer = consumers.createConsumer(null, "outbox-reader");
        }
        List<PartitionInfo> infos = consumer.listTopics(PATIENCE).getOrDefault(Topics.PUBLISHED_NAME, List.of());
        List<TopicPartition> partitions = infos.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (!consumer.assignment().containsAll(partitions)) {
            if (!consumer.assignment().isEmpty()) {
                log.info(
                        "{} has {} partitions now; the relay reads them all back",
                        Topics.PUBLISHED_NAME,
                        partitions.size());
            }
            consumer.assign(partitions);
            consumer.pause(partitions);
        }
        return consumer;
    }

    @Override
    public synchronized void destroy() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * @param found records past the progress that claim to be this outbox's entries, not yet checked against them
     * @param ends  each partition's end offset when it was read: everything below it is accounted for
     */
    record SentEvents(List<FoundEntry> found, Map<Integer, Long> ends) {}
}
