package news.wireline.runner;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline on one machine with nothing but Java: an in-process Kafka broker, PostgreSQL
 * (the one in WIRELINE_DB_URL, or embedded), the three services, and our sample stories sent in.
 */
public final class LocalRun {

    private static final Logger log = LoggerFactory.getLogger(LocalRun.class);
    private static final String SAMPLE_DESK = "wireline-samples";
    private static final Path CORPUS_DIRECTORY = Path.of(".wireline", "corpus");

    private LocalRun() {}

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(System.getenv().getOrDefault("WIRELINE_SAMPLES", "samples"));
        Path logDir = Files.createTempDirectory("wireline-kafka");
        LocalKafkaBroker broker = LocalKafkaBroker.start(logDir);
        LocalPostgres postgres = database();
        String databaseUrl = postgres.isEmbedded() ? postgres.createDatabase("wireline") : postgres.url();
        LocalPipeline pipeline = LocalPipeline.start(new PipelineConfig(
                broker.bootstrapServers(),
                databaseUrl,
                postgres.user(),
                postgres.password(),
                PipelinePorts.standard(),
                // The broker is new at every run, so enrich finds its kept offsets beyond the topic and starts over,
                // saying so; restarting an instance within a run resumes (docs/operations.md, "Enrich restarts").
                Map.of("wireline.enrich.corpus.directory", CORPUS_DIRECTORY.toString())));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            pipeline.close();
                            broker.close();
                            postgres.close();
                        },
                        "wireline-shutdown"));

        PipelineClient client = new PipelineClient(pipeline);
        client.awaitReady(Duration.ofMinutes(2));
        int accepted = sendSamples(client, samples);
        printFeed(client, accepted, pipeline, broker.bootstrapServers());
        new CountDownLatch(1).await();
    }

    private static LocalPostgres database() {
        String url = System.getenv("WIRELINE_DB_URL");
        if (url != null && !url.isBlank()) {
            return LocalPostgres.existing(
                    url,
                    System.getenv().getOrDefault("WIRELINE_DB_USER", "postgres"),
                    System.getenv().getOrDefault("WIRELINE_DB_PASSWORD", ""));
        }
        return LocalPostgres.embedded();
    }

    private static int sendSamples(PipelineClient client, Path samples) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        int accepted = 0;
        for (Path file : files) {
            HttpResponse<String> response =
                    client.postStory(Files.readAllBytes(file), "text/plain; charset=utf-8", SAMPLE_DESK);
            log.info("sent {}: HTTP {} {}", file.getFileName(), response.statusCode(), response.body());
            if (response.statusCode() == 202) {
                accepted++;
            }
        }
        return accepted;
    }

    private static void printFeed(PipelineClient client, int expected, LocalPipeline pipeline, String kafka)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode feed = client.feed(50);
        while (feed.get("items").size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            feed = client.feed(50);
        }
        StringBuilder out = new StringBuilder("\n\nWireline is running.\n");
        out.append("  Read:    ")
                .append(pipeline.publishUrl())
                .append("/  (front page; feeds at /feed, /feed.atom, /feed.rss, /feed.json)\n");
        out.append("  Feed:    ").append(pipeline.publishUrl()).append("/feed\n");
        out.append("  Ingest:  POST ")
                .append(pipeline.ingestUrl())
                .append("/stories  with  Authorization: Bearer ")
                .append(pipeline.deskKey(SAMPLE_DESK))
                .append("  (desk ")
                .append(SAMPLE_DESK)
                .append(")\n");
        out.append("  Kafka:   ").append(kafka).append("\n");
        out.append("  Health:  ")
                .append(String.join(
                        "  ",
                        pipeline.managementUrls().stream()
                                .map(url -> url + "/actuator/health")
                                .toList()))
                .append("  (loopback only)\n\n");
        for (JsonNode item : feed.get("items")) {
            out.append("  * ").append(item.get("headline").asString()).append("\n    tags: ");
            item.get("tags")
                    .forEach(tag -> out.append(tag.get("name").asString())
                            .append(" (")
                            .append(tag.get("type").asString().toLowerCase())
                            .append(")  "));
            item.get("related")
                    .forEach(link -> out.append("\n    related: ")
                            .append(link.get("headline").asString()));
            out.append("\n    ").append(item.get("url").asString()).append("\n");
        }
        out.append("\nPress Ctrl-C to stop.\n");
        System.out.println(out);
    }
}
