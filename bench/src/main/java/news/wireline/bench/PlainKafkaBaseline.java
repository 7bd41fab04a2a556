package news.wireline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The physical limit: the same payloads through three plain kafka-clients hops (consume, produce,
 * no processing) on the same broker, into a sink at the end, with default client settings and
 * the same partition count as Wireline's topics.
 */
final class PlainKafkaBaseline {

    private static final int PARTITIONS = 6;

    private final String bootstrap;

    PlainKafkaBaseline(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Loads {@code payloads} into a fresh first topic, then times them through three hops into {@code sink}; stories per second. */
    double run(String name, List<byte[]> payloads, Consumer<List<ConsumerRecord<String, byte[]>>> sink)
            throws InterruptedException, ExecutionException {
        List<String> topics = List.of(name + "-0", name + "-1", name + "-2", name + "-3");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics.stream()
                            .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1))
                            .toList())
                    .all()
                    .get();
            awaitLeaders(admin, topics);
        }
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < payloads.size(); i++) {
                producer.send(new ProducerRecord<>(topics.get(0), "story-" + i, payloads.get(i)));
            }
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sunk = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int hop = 0; hop < 3; hop++) {
            String from = topics.get(hop);
            String to = topics.get(hop + 1);
            threads.add(started("hop-" + hop, () -> hop(name, from, to, running)));
        }
        threads.add(started(
                "sink",
                () -> consume(name + "-sink", topics.get(3), running, records -> {
                    sink.accept(records);
                    sunk.addAndGet(records.size());
                })));
        while (sunk.get() < payloads.size()) {
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return payloads.size() / seconds;
    }

    /**
     * An idempotent producer whose first batch meets a partition the broker has not opened yet can
     * wedge on out-of-order sequence numbers; so wait until every partition's leader answers.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException {
        Map<TopicPartition, OffsetSpec> all = new HashMap<>();
        topics.forEach(topic -> IntStream.range(0, PARTITIONS)
                .forEach(p -> all.put(new TopicPartition(topic, p), OffsetSpec.latest())));
        while (true) {
            try {
                admin.listOffsets(all).all().get();
                return;
            } catch (ExecutionException notYet) {
                Thread.sleep(100);
            }
        }
    }

    private static Thread started(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    private void hop(String name, String from, String to, AtomicBoolean running) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            consume(
                    name + "-" + from,
                    from,
                    running,
                    records -> records.forEach(
                            record -> producer.send(new ProducerRecord<>(to, record.key(), record.value()))));
        }
    }

    private void consume(
            String group, String topic, AtomicBoolean running, Consumer<List<ConsumerRecord<String, byte[]>>> handler) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        group,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (running.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(50));
                if (!records.isEmpty()) {
                    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                    records.forEach(batch::add);
                    handler.accept(batch);
                    consumer.commitAsync();
                }
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(),
                new ByteArraySerializer());
    }
}
