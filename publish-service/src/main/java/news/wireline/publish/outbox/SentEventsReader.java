package news.wireline.publish.outbox;

import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the published topic past the relay's recorded progress, for events this outbox sent but
 * never marked sent: a relay killed, or cut off from its database, between sending and committing
 * leaves them there. Used by one relay round at a time, under the relay's lock.
 */
@Component
class SentEventsReader implements DisposableBean {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ConsumerFactory<Object, Object> consumers;
    private Consumer<Object, Object> consumer;

    SentEventsReader(ConsumerFactory<Object, Object> consumers) {
        this.consumers = consumers;
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
        List<TopicPartition> behind = partitions.stream().filter(partition -> starts.get(partition) < ends.get(partition)).toList();
        Map<Long, Integer> found = new HashMap<>();
        if (!behind.isEmpty()) {
            behind.forEach(partition -> reader.seek(partition, starts.get(partition)));
            reader.resume(behind);
            try {
                readUpTo(reader, behind, ends, origin, found);
            } finally {
                reader.pause(behind);
            }
        }
        return new SentEvents(found, ends.entrySet().stream()
                .collect(Collectors.toMap(end -> end.getKey().partition(), Map.Entry::getValue)));
    }

    private static void readUpTo(Consumer<Object, Object> reader, List<TopicPartition> behind, Map<TopicPartition, Long> ends,
                                 String origin, Map<Long, Integer> found) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (behind.stream().anyMatch(partition -> reader.position(partition) < ends.get(partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + Topics.PUBLISHED_NAME + " back within " + PATIENCE);
            }
            for (ConsumerRecord<Object, Object> record : reader.poll(POLL)) {
                String entry = StoryRecords.header(record, Headers.OUTBOX_ENTRY);
                if (entry != null && entry.startsWith(origin + ":")) {
                    found.put(Long.parseLong(entry.substring(origin.length() + 1)), record.partition());
                }
            }
        }
    }

    /** An event cannot have been sent before its outbox entry was written, so a partition new to the relay is read from then. */
    private static Map<TopicPartition, Long> starts(Consumer<Object, Object> reader, List<TopicPartition> partitions,
                                                    Map<TopicPartition, Long> ends, Map<Integer, Long> progress, Instant since) {
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
            unknown.keySet().forEach(partition -> starts.put(partition,
                    byTime.get(partition) == null ? ends.get(partition) : byTime.get(partition).offset()));
        }
        return starts;
    }

    /** Holds every partition, paused but for the moments it reads back, so end offsets are asked of partitions it owns. */
    private Consumer<Object, Object> consumer() {
        if (consumer == null) {
            consumer = consumers.createConsumer(null, "outbox-reader");
        }
        if (consumer.assignment().isEmpty()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PUBLISHED_NAME).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
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
     * @param partitionOf this outbox's entries found on the topic, by seq, with the partition each is in
     * @param ends        each partition's end offset when it was read: everything below it is accounted for
     */
    record SentEvents(Map<Long, Integer> partitionOf, Map<Integer, Long> ends) {
    }
}
