package news.wireline.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalPostgres;
import news.wireline.local.SseCrowd;
import news.wireline.local.SseReader;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.PipelineClient;
import news.wireline.runner.PipelineConfig;
import news.wireline.runner.PipelinePorts;
import org.HdrHistogram.Histogram;

/**
 * The live stream under a crowd (issue 21): {@code bench.streamClients} stream readers on real
 * sockets, {@code bench.streamStalled} of them never reading and {@code bench.streamResuming}
 * resuming from Last-Event-ID 1 over {@code bench.streamBacklog} outbox rows, while
 * {@code bench.streamStories} stories are sent to ingest one a second and go through the whole
 * pipeline; one reader more is refused. Measured: each healthy reader's delay from when the relay
 * made an event public (its outbox {@code sent_at}) to when the reader had read it, the stalled
 * readers cut, how long the resuming ones took, and {@code GET /feed} from a second process all
 * along. Writes its own section of {@code bench/results/<date>.md}.
 */
public final class StreamBench {

    static final String SECTION = "## Live stream under crowds (issue 21)";
    private static final String DESK = "bench";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private StreamBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        int clients = Integer.getInteger("bench.streamClients", quick ? 500 : 5_000);
        int stalled = Integer.getInteger("bench.streamStalled", quick ? 10 : 100);
        int resuming = Integer.getInteger("bench.streamResuming", quick ? 2 : 10);
        int backlog = Integer.getInteger("bench.streamBacklog", quick ? 20_000 : 200_000);
        int stories = Integer.getInteger("bench.streamStories", quick ? 20 : 100);
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(Files.createTempDirectory("bench-stream-kafka"));
                LocalPostgres postgres = LocalPostgres.machineOrEmbedded()) {
            BenchDatabases databases = new BenchDatabases(postgres);
            String db = databases.create("bench_stream");
            PipelineConfig config = new PipelineConfig(
                    broker.bootstrapServers(),
                    db,
                    postgres.user(),
                    postgres.password(),
                    PipelinePorts.free(),
                    Map.of(
                            "spring.kafka.listener.immediate-stop", "true",
                            "wireline.publish.stream.max-streams", clients,
                            "wireline.publish.stream.send-buffer", "64KB"),
                    List.of(DESK));
            try (LocalPipeline pipeline = LocalPipeline.start(config);
                    Connection sql = DriverManager.getConnection(db, postgres.user(), postgres.password())) {
                PipelineClient client = new PipelineClient(pipeline);
                client.awaitReady(PATIENCE);
                StoryMaker maker = new StoryMaker(21);
                Bench.progress(
                        "stream: one story through the pipeline, then %,d copies of its event in the outbox", backlog);
                send(client, maker, 0);
                awaitSent(sql, 1);
                copy(sql, backlog);
                long live = head(sql);
                URI publish = URI.create(pipeline.publishUrl());
                // Readers on three selector threads, so the resuming ones' megabytes never keep the live ones unread.
                try (SseCrowd crowd = new SseCrowd(publish.getHost(), publish.getPort());
                        SseCrowd more = new SseCrowd(publish.getHost(), publish.getPort());
                        SseCrowd catchingUp = new SseCrowd(publish.getHost(), publish.getPort())) {
                    Bench.progress(
                            "  %,d readers connecting: %d never reading, %d resuming from 1",
                            clients, stalled, resuming);
                    long connecting = System.nanoTime();
                    MeterRegistry meters = pipeline.publishContext().getBean(MeterRegistry.class);
                    Waves waves = new Waves(meters);
                    int half = (clients - stalled - resuming) / 2;
                    List<SseReader> healthy = new ArrayList<>(waves.connect(crowd, half, null, true));
                    healthy.addAll(waves.connect(more, clients - stalled - resuming - half, null, true));
                    List<SseReader> asleep = waves.connect(more, stalled, null, false);
                    List<SseReader> behind = waves.connect(catchingUp, resuming, "1", true);
                    List<SseReader> reading = new ArrayList<>(healthy);
                    reading.addAll(behind);
                    await(
                            () -> reading.stream().allMatch(one -> one.status() == 200),
                            "every reading reader answered 200");
                    double connectSeconds = seconds(connecting);
                    int refused = refusedStatus(publish);
                    Bench.progress(
                            "  connected in %.0f s; reader %,d answered %d", connectSeconds, clients + 1, refused);

                    CompletableFuture<SteadyReaders.Outcome> feed = CompletableFuture.supplyAsync(() -> {
                        try {
                            return SteadyReaders.run(pipeline.publishUrl() + "/feed", 20, stories / 2);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    long offset = System.currentTimeMillis() * 1_000_000 - System.nanoTime();
                    long start = System.nanoTime();
                    for (int n = 1; n <= stories; n++) {
                        LockSupport.parkNanos(start + n * 1_000_000_000L - System.nanoTime());
                        send(client, maker, n);
                    }
                    Bench.progress("  %d stories sent, one a second", stories);
                    awaitSent(sql, stories + 1);
                    Map<Long, Long> sentAt = sentAfter(sql, live);
                    within(() -> healthy.stream()
                            .allMatch(one -> one.ended() || events(one).size() >= stories));
                    long backlogEvents = backlog + stories;
                    // Waited for, not required: the figures say how far the resuming readers got and who was cut.
                    within(() -> behind.stream().allMatch(one -> events(one).size() >= backlogEvents));
                    double catchUpSeconds = seconds(start);
                    within(() -> cutCount(meters) >= stalled);

                    Histogram delays = new Histogram(3_600_000, 3);
                    long inOrder =
                            healthy.stream().filter(one -> inOrder(one, sentAt)).count();
                    for (SseReader one : healthy) {
                        for (SseReader.Event event : events(one)) {
                            long receivedMillis = (event.receivedNanos() + offset) / 1_000_000;
                            delays.recordValue(Math.max(0, receivedMillis - sentAt.get(Long.parseLong(event.id()))));
                        }
                    }
                    long cut = cutCount(meters);
                    long healthyCut = healthy.stream().filter(SseReader::ended).count();
                    long resumedRead =
                            behind.stream().mapToLong(one -> events(one).size()).sum();
                    long resumedComplete = behind.stream()
                            .filter(one -> events(one).size() == backlogEvents)
                            .count();
                    SteadyReaders.Outcome feedTimes = feed.join();
                    String section = section(
                            clients,
                            stalled,
                            resuming,
                            backlog,
                            stories,
                            connectSeconds,
                            refused,
                            healthy.size(),
                            inOrder,
                            delays,
                            cut,
                            asleep.size(),
                            resumedComplete,
                            resumedRead,
                            catchUpSeconds,
                            healthyCut,
                            feedTimes);
                    Path file = RestartBench.write(Path.of("bench/results"), SECTION, section);
                    Bench.progress("%n%s%nWritten to %s", section, file);
                }
            } finally {
                databases.dropAll();
            }
        }
        System.exit(0);
    }

    private static String section(
            int clients,
            int stalled,
            int resuming,
            int backlog,
            int stories,
            double connectSeconds,
            int refused,
            int healthy,
            long inOrder,
            Histogram delays,
            long cut,
            int asleep,
            long resumedComplete,
            long resumedRead,
            double catchUpSeconds,
            long healthyCut,
            SteadyReaders.Outcome feed) {
        return String.format(
                Locale.ROOT,
                """
                %s

                %s. The whole pipeline (LocalPipeline: ingest, enrich, publish as Spring contexts in this JVM, \
                its own KRaft broker and PostgreSQL database); the readers are raw sockets in the same JVM, all read by \
                three selector threads (SseCrowd: the healthy readers on two, the resuming ones on the third). %,d stream readers: %,d healthy, %d that never read, %d resuming from \
                Last-Event-ID 1 over %,d outbox rows; then %d stories sent to ingest one a second. Stream settings: \
                max-streams %,d, send-buffer 64KB, the rest as shipped (heartbeat 15 s, queue 1,000, batch 500).

                | measure | figure | target |
                | --- | --- | --- |
                | readers connected (all answered 200) | %,d in %.0f s | |
                | reader %,d | answered %d | 503 with Retry-After |
                | healthy readers with every story, in order | %,d of %,d | all |
                | delay, relay's sent_at to read, p50 / p99 / max | %,d / **%,d** / %,d ms | p99 <= 2,000 ms |
                | never-reading readers cut (streams cut, all reasons) | %d of %d | all |
                | healthy readers cut | %d | none |
                | resuming readers with the whole log then every story | %d of %d; %,d events read by them in %.0f s from the first story sent | all, holding no one back |
                | GET /feed from a second process, 20/s, p50 / p99 / max | %s / **%s** / %s (%,d requests, %d errors) | p99 <= 500 ms |

                """,
                SECTION,
                Report.machine(),
                clients,
                healthy,
                stalled,
                resuming,
                backlog,
                stories,
                clients,
                clients,
                connectSeconds,
                clients + 1,
                refused,
                inOrder,
                healthy,
                delays.getValueAtPercentile(50),
                delays.getValueAtPercentile(99),
                delays.getMaxValue(),
                cut,
                asleep,
                healthyCut,
                resumedComplete,
                resuming,
                resumedRead,
                catchUpSeconds,
                Report.millis(feed.p50Millis()),
                Report.millis(feed.p99Millis()),
                Report.millis(feed.maxMillis()),
                feed.requests(),
                feed.errors());
    }

    /** Sends again while ingest answers 503, after its Retry-After, as a desk does. */
    private static void send(PipelineClient client, StoryMaker maker, int n) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = client.postStory(maker.ninjs("stream", n), StoryMaker.CONTENT_TYPE, DESK);
            if (answer.statusCode() < 300) {
                return;
            }
            if (answer.statusCode() != 503 || attempt == 5) {
                throw new IllegalStateException("ingest answered " + answer.statusCode() + ": " + answer.body());
            }
            LockSupport.parkNanos(1_000_000_000L);
        }
    }

    /**
     * Connects readers in waves of 250, each wave open (by the service's own count) before the next,
     * as the accept queue is 100 deep and a reader that never reads never shows its answer.
     */
    private static final class Waves {
        private final MeterRegistry meters;
        private int open;

        Waves(MeterRegistry meters) {
            this.meters = meters;
        }

        List<SseReader> connect(SseCrowd crowd, int count, String lastEventId, boolean reads) {
            List<SseReader> readers = new ArrayList<>();
            while (readers.size() < count) {
                int wave = Math.min(250, count - readers.size());
                for (int n = 0; n < wave; n++) {
                    readers.add(crowd.connect("/feed/stream", lastEventId, reads, 0, false));
                }
                open += wave;
                await(() -> meters.get("wireline.stream.open").gauge().value() >= open, "a wave of readers open");
            }
            return readers;
        }
    }

    private static int refusedStatus(URI publish) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(publish.resolve("/feed/stream"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static List<SseReader.Event> events(SseReader reader) {
        return reader.events().stream()
                .filter(event ->
                        !event.name().equals(":comment") && !event.name().equals("cut"))
                .toList();
    }

    private static boolean inOrder(SseReader reader, Map<Long, Long> sentAt) {
        List<Long> ids =
                events(reader).stream().map(event -> Long.parseLong(event.id())).toList();
        return ids.equals(sentAt.keySet().stream().sorted().toList());
    }

    private static void copy(Connection sql, int copies) throws SQLException {
        try (PreparedStatement insert = sql.prepareStatement("""
                INSERT INTO outbox (story_id, version, change, event, created_at, position, sent_at)
                SELECT story_id, version, change, event, now(), nextval('outbox_position'), now()
                FROM outbox, generate_series(1, ?) WHERE position = 1""")) {
            insert.setInt(1, copies);
            insert.executeUpdate();
        }
    }

    private static long head(Connection sql) throws SQLException {
        try (ResultSet rs = sql.createStatement().executeQuery("SELECT max(position) FROM outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitSent(Connection sql, int stories) throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (ResultSet rs = sql.createStatement()
                    .executeQuery("SELECT count(DISTINCT story_id) FROM outbox WHERE position IS NOT NULL")) {
                rs.next();
                if (rs.getInt(1) >= stories) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the relay did not send " + stories + " stories in time");
            }
            LockSupport.parkNanos(50_000_000);
        }
    }

    /** Positions after {@code position} and when each was made public, in epoch milliseconds. */
    private static Map<Long, Long> sentAfter(Connection sql, long position) throws SQLException {
        Map<Long, Long> sent = new HashMap<>();
        try (PreparedStatement query =
                sql.prepareStatement("SELECT position, sent_at FROM outbox WHERE position > ?")) {
            query.setLong(1, position);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sent.put(rs.getLong(1), rs.getTimestamp(2).getTime());
                }
            }
        }
        return sent;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + PATIENCE + ": " + what);
            }
            LockSupport.parkNanos(20_000_000);
        }
    }

    private static long cutCount(MeterRegistry meters) {
        return (long) meters.find("wireline.stream.cut").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    /** Waits for the condition as long as the benchmark's patience; says whether it came true. */
    private static boolean within(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(100_000_000);
        }
        return true;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
