package news.wireline.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.wireline.local.FreePorts;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalPostgres;
import news.wireline.publish.PublishApplication;
import news.wireline.publish.store.ListedStory;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.PipelineConfig;
import news.wireline.runner.PipelinePorts;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark of issue 7, every part in one run on one machine so the figures compare: the plain
 * Kafka and JDBC limit, Wireline end to end, ingest-to-feed latency, feed queries over a million
 * stories, enrich memory, and JMH micro-benchmarks. Progress goes to stderr; the services' logs go
 * to stdout, which {@code bench/run.sh} sends to a file.
 */
public final class Bench {

    private static final String DESK = "bench";
    private static final int WARM_UP_STORIES = 200;
    private static final int FEED_WARM_UP_SECONDS = 5;
    private static final Path RESULTS = Path.of("bench/results");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.from(args);
        long start = System.nanoTime();
        Report report = new Report();
        progress(Report.machine());
        if (java.util.Arrays.asList(args).contains("--ingest-ledger")) {
            IngestLedgerBench.run(settings, report);
        } else {
            everyPart(settings, report);
        }
        String elapsed = String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - start) / 1e9);
        String markdown = report.markdown(Report.machine(), settings.toString(), elapsed);
        Path file = report.write(RESULTS, markdown);
        progress("%n%s%nWritten to %s (whole run %s)", report.table(), file, elapsed);
        System.exit(0);
    }

    /** The benchmark of issue 7: every part but the ingest ledger's (run alone with {@code --ingest-ledger}). */
    private static void everyPart(BenchSettings settings, Report report) throws Exception {
        Path logDir = Files.createTempDirectory("bench-kafka");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(logDir);
                LocalPostgres postgres = LocalPostgres.machineOrEmbedded()) {
            report.note("Broker: LocalKafkaBroker (KRaft, in the benchmark JVM), 6 partitions a topic. PostgreSQL: "
                    + (postgres.isEmbedded() ? "embedded (zonky)" : "the machine's, at " + postgres.url())
                    + ", a fresh database per part.");
            StoryMaker maker = new StoryMaker(42);
            BenchDatabases databases = new BenchDatabases(postgres);
            try {
                double baseline = baseline(settings, broker, postgres, databases, maker, report);
                StoredTemplates templates = wireline(settings, broker, postgres, databases, maker, report, baseline);
                feedQueries(settings, broker, postgres, databases, templates, report);
                enrichMemory(settings, templates, report);
            } finally {
                databases.dropAll();
            }
            MicroRun.run(settings, report);
        }
    }

    private static double baseline(
            BenchSettings settings,
            LocalKafkaBroker broker,
            LocalPostgres postgres,
            BenchDatabases databases,
            StoryMaker maker,
            Report report)
            throws Exception {
        progress(
                "1. baseline: %,d stories through three plain Kafka hops, then a plain JDBC batch upsert",
                settings.baselineStories());
        List<byte[]> payloads = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int n = 0; n < settings.baselineStories(); n++) {
            payloads.add(maker.ninjs("base", n));
            records.add(new ConsumerRecord<>("memory", 0, n, "story-" + n, payloads.get(n)));
        }
        long bytes = payloads.stream().mapToLong(payload -> payload.length).sum();
        report.note(String.format(
                Locale.ROOT,
                "Story payloads: ninjs made from enrich-service's 40 labelled stories, 2-10 KB, %,d bytes on average.",
                bytes / payloads.size()));
        PlainKafkaBaseline kafka = new PlainKafkaBaseline(broker.bootstrapServers());
        double hops = kafka.run("plain-hops", payloads, batch -> {});
        String db = databases.create("bench_plain");
        double upserts;
        double both;
        try (PlainJdbcUpsert jdbc = new PlainJdbcUpsert(db, postgres.user(), postgres.password())) {
            upserts = jdbc.alone(records, 500);
            jdbc.clear();
            both = kafka.run("plain-all", payloads, jdbc::upsert);
        }
        progress(
                "  three Kafka hops alone %s, JDBC upsert alone %s, hops and upsert together %s",
                Report.rate(hops), Report.rate(upserts), Report.rate(both));
        report.add(
                "three plain Kafka hops (consume, produce)",
                Report.rate(hops),
                "",
                "default kafka-clients settings, one thread a hop");
        report.add("plain JDBC batch upsert (500 a batch)", Report.rate(upserts), "", "one transaction a batch");
        report.add("**end to end, stories/s**", Report.rate(both), "", "baseline: hops and upsert running together");
        return both;
    }

    /**
     * Latency at a fixed load on one pipeline; throughput on a second one with its own broker and
     * database, so the first one's backlog, if it fell behind, is not counted as throughput.
     */
    private static StoredTemplates wireline(
            BenchSettings settings,
            LocalKafkaBroker broker,
            LocalPostgres postgres,
            BenchDatabases databases,
            StoryMaker maker,
            Report report,
            double baseline)
            throws Exception {
        progress("2-3. Wireline: ingest, enrich and publish as three Spring contexts in this JVM (LocalPipeline)");
        report.note(
                "Wireline: the three services as three Spring contexts in the benchmark JVM (LocalPipeline), beside the broker, "
                        + "with their own configuration and INFO logs (to bench/target/services.log).");
        String db = databases.create("bench_wireline");
        try (LocalPipeline pipeline = LocalPipeline.start(config(broker, postgres, db))) {
            latency(settings, maker, report, pipeline);
            return StoredTemplates.read(db, postgres.user(), postgres.password(), 500);
        } finally {
            throughput(settings, postgres, databases, maker, report, baseline);
        }
    }

    /** First at a load below the pipeline's capacity, which shows its own latency; then at the load. */
    private static void latency(BenchSettings settings, StoryMaker maker, Report report, LocalPipeline pipeline)
            throws Exception {
        FeedLatency latency = new FeedLatency(pipeline.ingestUrl(), pipeline.publishUrl(), pipeline.deskKey(DESK));
        // long enough for the JIT to have compiled the hot paths: a fresh JVM spends its first minutes compiling on
        // these cores
        latency.run("warm", stories(maker, "warm", WARM_UP_STORIES), 5, Duration.ofSeconds(60));
        Duration patience = Duration.ofSeconds(settings.quick() ? 20 : 60);
        for (int rate : new int[] {settings.calmRate(), settings.latencyRate()}) {
            String run = "lat" + rate;
            FeedLatency.Outcome measured =
                    latency.run(run, stories(maker, run, rate * settings.latencySeconds()), rate, patience);
            Histogram h = measured.latencyMicros();
            String figures =
                    ms(h, 50) + " / " + ms(h, 95) + " / " + ms(h, 99) + " / " + Report.millis(h.getMaxValue() / 1000.0);
            progress(
                    "  latency at %d/s: %d sent, %d accepted, %d seen; p50/p95/p99/max %s; feed poll p50 %s",
                    rate,
                    measured.sent(),
                    measured.accepted(),
                    measured.seen(),
                    figures,
                    ms(measured.pollMicros(), 50));
            report.add(
                    String.format(Locale.ROOT, "ingest-accepted -> in GET /feed at %d/s, p50 / p95 / p99 / max", rate),
                    "",
                    figures,
                    String.format(
                            Locale.ROOT,
                            "%d s of load after " + WARM_UP_STORIES
                                    + " warm-up stories; %,d of %,d seen%s; counted from when "
                                    + "each was due (coordinated omission); feed polled every "
                                    + FeedLatency.PAUSE_MILLIS + " ms, poll p50 %s",
                            settings.latencySeconds(),
                            measured.seen(),
                            measured.sent(),
                            measured.seen() < measured.sent()
                                    ? ", the rest counted as seen " + patience.toSeconds()
                                            + " s after the last was due (a lower bound)"
                                    : "",
                            ms(measured.pollMicros(), 50)));
        }
    }

    private static void throughput(
            BenchSettings settings,
            LocalPostgres postgres,
            BenchDatabases databases,
            StoryMaker maker,
            Report report,
            double baseline)
            throws Exception {
        progress(
                "  throughput: %,d stories onto wireline.stories.raw of a fresh pipeline, as fast as the producer takes them",
                settings.pipelineStories());
        String db = databases.create("bench_flood");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(Files.createTempDirectory("bench-kafka-flood"));
                LocalPipeline pipeline = LocalPipeline.start(config(broker, postgres, db))) {
            PipelineThroughput.Outcome flood = new PipelineThroughput(
                            broker.bootstrapServers(), db, postgres.user(), postgres.password())
                    .run(
                            stories(maker, "tput", settings.pipelineStories()),
                            Duration.ofSeconds(settings.pipelineSeconds()));
            progress(
                    "  sustained %s (%,d stored, all: %s), %.1f%% of the baseline",
                    Report.rate(flood.perSecond()),
                    flood.stored(),
                    flood.finished(),
                    100 * flood.perSecond() / baseline);
            report.add(
                    "**end to end, stories/s**",
                    "",
                    Report.rate(flood.perSecond())
                            + String.format(Locale.ROOT, " (%.1f%% of baseline)", 100 * flood.perSecond() / baseline),
                    String.format(
                            Locale.ROOT,
                            "raw topic -> ingest -> enrich -> publish -> PostgreSQL; %,d offered, %,d stored in %d s; rate from the first twentieth stored",
                            settings.pipelineStories(),
                            flood.stored(),
                            settings.pipelineSeconds()));
            if (!flood.cpu().equals(ThreadCpu.Usage.NONE)) {
                progress("  processor time while measured: %s", flood.cpu().busiest(8));
                report.add(
                        "where the benchmark JVM's processor time went while end to end was measured",
                        "",
                        flood.cpu().busiest(5),
                        String.format(
                                Locale.ROOT,
                                "by thread, from /proc/self/task; %.0f s of processor time in all; "
                                        + "the JVM holds the broker and the three services",
                                flood.cpu().processSeconds()));
            }
        }
    }

    /** A pipeline that fell behind stops after its current story, not after the rest of its last poll: the benchmark goes on. */
    private static PipelineConfig config(LocalKafkaBroker broker, LocalPostgres postgres, String db) {
        return new PipelineConfig(
                broker.bootstrapServers(),
                db,
                postgres.user(),
                postgres.password(),
                PipelinePorts.free(),
                Map.of("spring.kafka.listener.immediate-stop", "true"),
                List.of(DESK));
    }

    private static void feedQueries(
            BenchSettings settings,
            LocalKafkaBroker broker,
            LocalPostgres postgres,
            BenchDatabases databases,
            StoredTemplates templates,
            Report report)
            throws Exception {
        progress("4. feed queries: %,d stories bulk-loaded into a fresh feed store", settings.feedStories());
        String db = databases.create("bench_feed");
        int port = FreePorts.next();
        ConfigurableApplicationContext publish = PublishApplication.application()
                .run(
                        "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "--server.port=" + port,
                        "--spring.datasource.url=" + db,
                        "--spring.datasource.username=" + postgres.user(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.kafka.listener.auto-startup=false",
                        "--spring.main.banner-mode=off");
        try {
            long loadStart = System.nanoTime();
            new FeedStoreLoader(db, postgres.user(), postgres.password()).load(templates, settings.feedStories());
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            progress("  loaded in %.0f s", loadSeconds);
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newHttpClient();
            JsonMapper json = JsonMapper.builder().build();
            String tag = templates.commonestTag(ListedStory.BEST_TAGS);
            String tagPath = "/feed?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
            String cursor = json.readTree(get(http, base + "/feed")).get("next").asString();
            progress(
                    "  tag %s: its first page holds %d stories",
                    tag, json.readTree(get(http, base + tagPath)).get("items").size());
            Map<String, String> queries = new java.util.LinkedHashMap<>();
            queries.put("GET /feed", "/feed");
            queries.put("GET /feed?tag=" + tag, tagPath);
            queries.put("GET /feed?cursor= (next page)", "/feed?cursor=" + cursor);
            if (Wrk.installed()) {
                // each query shape warmed first: a fresh JVM serves its first thousands of pages before the JIT has
                // compiled their path
                for (String path : queries.values()) {
                    Wrk.run(base + path, 2, FEED_WARM_UP_SECONDS);
                }
            }
            steadyReads(settings, base, queries, report);
            if (Wrk.installed()) {
                wrkReads(settings, base, queries, report);
            } else {
                report.add("feed queries at saturation", "", "not measured", "/usr/bin/wrk is not installed");
            }
            report.note(String.format(
                    Locale.ROOT,
                    "Feed queries: publish-service alone in the benchmark JVM (its Kafka listener not "
                            + "started), %,d rows made in its Flyway schema in %.0f s (templates COPYed, multiplied server-side by INSERT ... SELECT "
                            + "from generate_series, keys and indexes built after the load, then vacuumed and checkpointed), each a story Wireline stored in "
                            + "the end-to-end part under a new id, with its ten best tags and two related links and its document as stored; "
                            + "20 stories a page, read from the listing columns; readers in a second process: steady ones at a fixed rate, "
                            + "then wrk's connections back to back.",
                    settings.feedStories(),
                    loadSeconds));
        } finally {
            publish.close();
        }
    }

    /** At a load the feed is meant to carry: its latency, not a queue's. */
    private static void steadyReads(BenchSettings settings, String base, Map<String, String> queries, Report report)
            throws Exception {
        for (Map.Entry<String, String> query : queries.entrySet()) {
            SteadyReaders.Outcome steady =
                    SteadyReaders.run(base + query.getValue(), settings.readerRate(), settings.readerSeconds());
            progress(
                    "  %s at %d/s: p50 %s p99 %s max %s, %d errors",
                    query.getKey(),
                    settings.readerRate(),
                    Report.millis(steady.p50Millis()),
                    Report.millis(steady.p99Millis()),
                    Report.millis(steady.maxMillis()),
                    steady.errors());
            report.add(
                    String.format(
                            Locale.ROOT,
                            "%s at %,d stories, %d requests/s, p50 / p99 / max",
                            query.getKey(),
                            settings.feedStories(),
                            settings.readerRate()),
                    "",
                    Report.millis(steady.p50Millis()) + " / " + Report.millis(steady.p99Millis()) + " / "
                            + Report.millis(steady.maxMillis()),
                    String.format(
                            Locale.ROOT,
                            "SteadyReaders, a second JVM: %,d requests due at a fixed rate after as long a warm-up, "
                                    + "each timed from when it was due (coordinated omission)%s",
                            steady.requests(),
                            steady.errors() == 0 ? "" : ", " + steady.errors() + " errors"));
        }
    }

    /** At saturation: wrk's connections back to back, so requests/s is the feed's capacity on these cores. */
    private static void wrkReads(BenchSettings settings, String base, Map<String, String> queries, Report report)
            throws Exception {
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Wrk.Outcome wrk = Wrk.run(base + query.getValue(), 2, settings.feedSeconds());
            progress(
                    "  %s: p50 %s p99 %s, %.0f requests/s, %d errors",
                    query.getKey(),
                    Report.millis(wrk.p50Millis()),
                    Report.millis(wrk.p99Millis()),
                    wrk.requestsPerSecond(),
                    wrk.errors());
            report.add(
                    String.format(Locale.ROOT, "%s at %,d stories, p50 / p99", query.getKey(), settings.feedStories()),
                    "",
                    Report.millis(wrk.p50Millis()) + " / " + Report.millis(wrk.p99Millis()),
                    String.format(
                            Locale.ROOT,
                            "wrk, 2 connections, %d s: %,.0f requests/s%s",
                            settings.feedSeconds(),
                            wrk.requestsPerSecond(),
                            wrk.errors() == 0 ? "" : ", " + wrk.errors() + " errors"));
        }
    }

    private static void enrichMemory(BenchSettings settings, StoredTemplates templates, Report report)
            throws Exception {
        progress(
                "5. enrich memory: the related-story corpus in its own JVM, %,d then %,d stories",
                settings.memorySmall(), settings.memoryLarge());
        List<EnrichMemory.Reading> readings = EnrichMemory.measure(
                templates,
                System.getProperty("bench.memoryHeap", "8g"),
                settings.memorySmall(),
                settings.memoryLarge());
        for (EnrichMemory.Reading reading : readings) {
            report.add(
                    String.format(Locale.ROOT, "enrich corpus, %,d stories: heap after GC / RSS", reading.stories()),
                    "",
                    Report.mebibytes(reading.heapBytes()) + " / " + Report.mebibytes(reading.rssBytes()),
                    String.format(Locale.ROOT, "filled in %.0f s", reading.seconds()));
        }
        report.note(
                "Enrich memory: enrich-service's StoryCorpus (the Lucene index behind related links and TF-IDF, every story's "
                        + "version timeline in it, which every instance rebuilds from the enriched topic) in a child JVM, fed stories Wireline enriched in the "
                        + "end-to-end part under new ids, heap used after System.gc() and VmRSS from /proc/self/status.");
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static List<byte[]> stories(StoryMaker maker, String run, int count) {
        List<byte[]> stories = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            stories.add(maker.ninjs(run, n));
        }
        return stories;
    }

    private static String ms(Histogram micros, double percentile) {
        return Report.millis(micros.getValueAtPercentile(percentile) / 1000.0);
    }

    static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
        System.err.flush();
    }
}
