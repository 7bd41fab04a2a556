package news.wireline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import news.wireline.enrich.EnrichApplication;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.runner.LocalPipeline;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's restart figure, on demand ({@code bench/restart.sh}): how long an enrich instance takes
 * to be ready (its corpus replica caught up) when it restarts on its kept index, beside a full
 * replay of the same enriched topic by an instance without one, in the same run. The enriched
 * topic is filled with {@code bench.restartStories} stories, an instance reads them into a kept
 * index and stops, {@code bench.restartTail} more are written while it is down, and then it
 * restarts; the full replay reads all of them. Writes its own section of
 * {@code bench/results/<date>.md}, leaving the others as they are.
 */
public final class RestartBench {

    static final String SECTION = "## Enrich restart (issue 17)";
    private static final Duration PATIENCE = Duration.ofHours(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RestartBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        int stories = Integer.getInteger("bench.restartStories", quick ? 20_000 : 1_000_000);
        int tail = Integer.getInteger("bench.restartTail", quick ? 500 : 5_000);
        Path kept = Files.createTempDirectory("bench-restart-kept");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(Files.createTempDirectory("bench-restart-kafka"))) {
            createTopics(broker);
            StoryMaker maker = new StoryMaker(17);
            Bench.progress("restart: %,d enriched stories onto %s", stories, Topics.ENRICHED_NAME);
            double produced = fill(broker, maker, 0, stories);
            Bench.progress("  written in %.0f s", produced);

            Run first = run(broker, kept, "first start, no index yet");
            double stop = stop(first);
            long indexBytes = size(kept);
            Bench.progress("  index kept: %s on disk; a clean stop took %.1f s", Report.mebibytes(indexBytes), stop);
            fill(broker, maker, stories, tail);

            Run restart = run(broker, kept, "restart on the kept index");
            stop(restart);
            Run idle = run(broker, kept, "restart again, nothing written meanwhile");
            stop(idle);
            Run replay = run(broker, null, "full replay, no kept index");
            stop(replay);

            String section = section(stories, tail, first, restart, idle, replay, indexBytes, stop);
            Path file = write(Path.of("bench/results"), heading(stories), section);
            Bench.progress("%n%s%nWritten to %s", section, file);
        }
        System.exit(0);
    }

    /** One instance's start: when the context was up, and when its corpus replica had caught up (ready). */
    private record Run(
            String name,
            ConfigurableApplicationContext context,
            double contextSeconds,
            double readySeconds,
            long read) {}

    private static Run run(LocalKafkaBroker broker, Path kept, String name) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--server.port=0",
                "--management.server.port=0",
                "--wireline.kafka.partitions=6",
                "--spring.kafka.listener.auto-startup=false",
                "--spring.main.banner-mode=off",
                // the bench's classpath holds publish's database driver; enrich has no database
                "--spring.autoconfigure.exclude=" + LocalPipeline.NO_DATABASE));
        if (kept != null) {
            args.add("--wireline.enrich.corpus.directory=" + kept);
        }
        long start = System.nanoTime();
        ConfigurableApplicationContext context = EnrichApplication.application().run(args.toArray(String[]::new));
        double up = seconds(start);
        @SuppressWarnings("unchecked")
        LogReplica<StoryEnriched> replica = context.getBean("corpusReplica", LogReplica.class);
        if (!replica.awaitCaughtUp(PATIENCE)) {
            throw new IllegalStateException(name + ": not caught up after " + PATIENCE);
        }
        Run run = new Run(name, context, up, seconds(start), replica.recordsRead());
        Bench.progress(
                "  %s: context up in %.1f s, ready (caught up) in %.1f s, %,d records read",
                name, run.contextSeconds(), run.readySeconds(), run.read());
        return run;
    }

    private static double stop(Run run) {
        long start = System.nanoTime();
        run.context().close();
        return seconds(start);
    }

    private static double fill(LocalKafkaBroker broker, StoryMaker maker, int from, int count) throws Exception {
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int n = from; n < from + count; n++) {
                StoryEnriched story = enriched(maker, n);
                producer.send(
                        new ProducerRecord<>(Topics.ENRICHED_NAME, story.id().value(), JSON.writeValueAsBytes(story)));
            }
            producer.flush();
        }
        return seconds(start);
    }

    /** A StoryMaker story as enrich would have emitted it: its text, a place and an organisation, ingested a second apart. */
    private static StoryEnriched enriched(StoryMaker maker, int n) {
        var ninjs = JSON.readTree(maker.ninjs("restart", n));
        List<String> paragraphs = List.of(ninjs.get("body_text").asString().split("\n\n"));
        Story story =
                new Story(ninjs.get("headline").asString(), "World", 2, List.of(), paragraphs, List.of(), null, "en");
        Instant ingested = Instant.parse("2026-12-01T00:00:00Z").plusSeconds(n);
        String id = "bench-restart-" + n;
        return new StoryEnriched(
                StoryEnriched.SCHEMA_VERSION,
                StoryId.of(id),
                1,
                "bench",
                "hash-" + id,
                Release.usable(),
                story,
                List.of(
                        new Tag("Place " + (n % 500), Tag.TagType.PLACE, 0.9, 1),
                        new Tag("Organisation " + (n % 300), Tag.TagType.ORGANISATION, 0.9, 1)),
                List.of(),
                new Timeline(ingested, ingested, ingested, null));
    }

    private static void createTopics(LocalKafkaBroker broker) throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(Stream.of(Topics.INGESTED_NAME, Topics.ENRICHED_NAME, Topics.DEAD_LETTER_NAME)
                            .map(name -> new NewTopic(name, 6, (short) 1))
                            .toList())
                    .all()
                    .get();
        }
    }

    private static String section(
            int stories, int tail, Run first, Run restart, Run idle, Run replay, long indexBytes, double stop) {
        return String.format(
                Locale.ROOT,
                """
                %s

                %s. Enriched topic of 6 partitions, %,d stories (2-10 KB of text each, from StoryMaker), then %,d more \
                written while the instance was down. Each start is enrich-service's Spring context in this JVM (listener \
                not started), ready = its corpus replica caught up (what readiness waits for), timed from the start of \
                the context. The page cache is warm for every start; the JIT is warm from the earlier starts.

                | start | records read | context up | ready | note |
                | --- | --- | --- | --- | --- |
                | full replay, no kept index (**baseline**) | %,d | %.1f s | %.1f s | what every start cost before: the whole topic |
                | restart on the kept index | %,d | %.1f s | **%.1f s** | index of %s on disk; reads only the records after its committed offsets |
                | restart again, nothing written meanwhile | %,d | %.1f s | %.1f s | opening the index and catching up with nothing: the least a restart costs |
                | first start, no index yet | %,d | %.1f s | %.1f s | the same replay, into the kept index; a clean stop (final commit) took %.1f s |

                """,
                heading(stories),
                Report.machine(),
                stories,
                tail,
                replay.read(),
                replay.contextSeconds(),
                replay.readySeconds(),
                restart.read(),
                restart.contextSeconds(),
                restart.readySeconds(),
                Report.mebibytes(indexBytes),
                idle.read(),
                idle.contextSeconds(),
                idle.readySeconds(),
                first.read(),
                first.contextSeconds(),
                first.readySeconds(),
                stop);
    }

    /** One section per corpus size, so runs at several sizes stand side by side. */
    private static String heading(int stories) {
        return String.format(Locale.ROOT, "%s: %,d stories", SECTION, stories);
    }

    /** Replaces this section of today's file, or adds it, leaving every other section as it was. */
    static Path write(Path dir, String heading, String section) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(LocalDate.now(ZoneOffset.UTC) + ".md");
        String old = Files.exists(file)
                ? Files.readString(file)
                : "# Wireline benchmark, " + LocalDate.now(ZoneOffset.UTC) + "\n\n";
        int at = old.indexOf(heading + "\n");
        if (at >= 0) {
            int next = old.indexOf("\n## ", at + heading.length());
            old = old.substring(0, at) + (next < 0 ? "" : old.substring(next + 1));
        }
        Files.writeString(file, (old.endsWith("\n\n") || old.isEmpty() ? old : old + "\n") + section);
        return file;
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
