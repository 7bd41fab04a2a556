package news.wireline.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import news.wireline.events.IntakeRequest;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.Topics;
import news.wireline.ingest.IngestApplication;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.runner.LocalPipeline;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingest's ledger over a long history (issue 16): heap after GC once its decider has taken in a
 * small and a large number of stories, and how long a restart takes to be ready again, with its
 * state directory kept and with it lost; beside a start over an empty history in the same run.
 * The stories are written straight to the intake topic, as the doors would, so the decider's own
 * pace is what is measured, not HTTP's.
 */
final class IngestLedgerBench {

    private static final String APPLICATION_ID = "ingest-ledger";
    private static final Duration READY_PATIENCE = Duration.ofMinutes(30);

    private final JsonMapper json = JsonMapper.builder().build();
    private final LocalKafkaBroker broker;
    private final Random random = new Random(16);

    private IngestLedgerBench(LocalKafkaBroker broker) {
        this.broker = broker;
    }

    static void run(BenchSettings settings, Report report) throws Exception {
        Bench.progress(
                "ingest ledger: %,d then %,d stories decided, then restarts",
                settings.ledgerSmall(), settings.ledgerLarge());
        Path work = Files.createTempDirectory("bench-ingest-ledger");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("kafka"))) {
            new IngestLedgerBench(broker).measure(settings, work, report);
        }
    }

    private void measure(BenchSettings settings, Path work, Report report) throws Exception {
        Path state = work.resolve("state");
        long started = System.nanoTime();
        ConfigurableApplicationContext ingest = startReady(state);
        double emptyStart = secondsSince(started);
        long heapEmpty = heapAfterGc();
        Bench.progress("  ready over an empty history in %.1f s, heap after GC %s", emptyStart, mib(heapEmpty));
        long heapSmall;
        long heapLarge;
        double fillSeconds;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            long filling = System.nanoTime();
            fill(producer, 0, settings.ledgerSmall());
            heapSmall = heapAfterGc();
            Bench.progress("  %,d stories decided, heap after GC %s", settings.ledgerSmall(), mib(heapSmall));
            fill(producer, settings.ledgerSmall(), settings.ledgerLarge());
            fillSeconds = secondsSince(filling);
            heapLarge = heapAfterGc();
            Bench.progress(
                    "  %,d stories decided (%.0f s in all), heap after GC %s",
                    settings.ledgerLarge(), fillSeconds, mib(heapLarge));
        }
        ingest.close();
        started = System.nanoTime();
        startReady(state).close();
        double keptStart = secondsSince(started);
        Bench.progress("  restarted with its state directory: ready in %.1f s", keptStart);
        started = System.nanoTime();
        startReady(work.resolve("state-lost")).close();
        double lostStart = secondsSince(started);
        Bench.progress("  restarted with its state directory lost: ready in %.1f s", lostStart);

        String large = String.format(Locale.ROOT, "%,d stories", settings.ledgerLarge());
        report.add(
                "ingest ready after a restart over " + large + ", state dir kept",
                String.format(Locale.ROOT, "%.1f s", emptyStart),
                String.format(Locale.ROOT, "%.1f s", keptStart),
                "baseline: the same instance starting over an empty history, this run");
        report.add(
                "ingest ready after a restart over " + large + ", state dir lost",
                String.format(Locale.ROOT, "%.1f s", emptyStart),
                String.format(Locale.ROOT, "%.1f s", lostStart),
                "restores every story from the changelog topic");
        report.add(
                String.format(
                        Locale.ROOT,
                        "heap after GC, ingest with %,d vs %,d stories decided",
                        settings.ledgerSmall(),
                        settings.ledgerLarge()),
                mib(heapSmall),
                mib(heapLarge),
                "whole JVM (broker and ingest); empty history: " + mib(heapEmpty));
        report.add(
                "ingest decider, stories decided a second",
                "",
                Report.rate(settings.ledgerLarge() / fillSeconds),
                "written straight to the intake topic; exactly-once, one instance");
    }

    /** Writes stories {@code from} to {@code to} (each a new story) and waits until the decider has committed them all. */
    private void fill(KafkaProducer<String, byte[]> producer, int from, int to) throws Exception {
        for (int n = from; n < to; n++) {
            IntakeRequest request = request(n);
            producer.send(
                    new ProducerRecord<>(Topics.INTAKE_NAME, request.id().value(), json.writeValueAsBytes(request)));
        }
        producer.flush();
        awaitDecided();
    }

    private IntakeRequest request(int n) {
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        Story story = new Story(
                "Harbour board report " + n,
                "Business",
                null,
                List.of(),
                List.of("The harbour board published report " + n + " on berth use and dredging."),
                List.of(),
                null,
                null);
        return new IntakeRequest(
                IntakeRequest.SCHEMA_VERSION,
                UUID.randomUUID().toString(),
                StoryId.of("urn:bench:ledger:" + n),
                "bench",
                HexFormat.of().formatHex(hash),
                null,
                Release.usable(),
                story,
                Instant.now(),
                null);
    }

    /** The decider's group has committed up to the end of every intake partition. */
    private void awaitDecided() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(APPLICATION_ID)
                        .partitionsToOffsetAndMetadata()
                        .get();
                List<TopicPartition> partitions = admin
                        .describeTopics(List.of(Topics.INTAKE_NAME))
                        .allTopicNames()
                        .get()
                        .get(Topics.INTAKE_NAME)
                        .partitions()
                        .stream()
                        .map(info -> new TopicPartition(Topics.INTAKE_NAME, info.partition()))
                        .toList();
                Map<TopicPartition, Long> ends = admin
                        .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all()
                        .get()
                        .entrySet()
                        .stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().offset()));
                boolean done = partitions.stream()
                        .allMatch(p ->
                                committed.containsKey(p) && committed.get(p).offset() >= ends.get(p));
                if (done) {
                    return;
                }
                Thread.sleep(500);
            }
        }
    }

    private ConfigurableApplicationContext startReady(Path stateDir) throws InterruptedException {
        ConfigurableApplicationContext ingest = IngestApplication.application()
                .run(
                        "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.autoconfigure.exclude=" + LocalPipeline.NO_DATABASE,
                        "--wireline.ingest.ledger.state-dir=" + stateDir,
                        "--spring.main.banner-mode=off");
        HealthIndicator ledger = ingest.getBean("ledger", HealthIndicator.class);
        long deadline = System.nanoTime() + READY_PATIENCE.toNanos();
        while (!Status.UP.equals(ledger.health().getStatus())) {
            if (System.nanoTime() > deadline) {
                ingest.close();
                throw new IllegalStateException("ingest's ledger was not ready within " + READY_PATIENCE);
            }
            Thread.sleep(100);
        }
        return ingest;
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        262_144,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String mib(long bytes) {
        return Report.mebibytes(bytes);
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
