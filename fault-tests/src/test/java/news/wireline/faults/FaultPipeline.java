package news.wireline.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.local.FreePorts;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.runner.LocalPipeline;

/**
 * The pipeline as separate processes: the broker in this JVM (restartable on the same log
 * directory and ports), a PostgreSQL of its own, and ingest, enrich and publish each in a JVM of
 * its own, started with the settings ops would give them.
 */
final class FaultPipeline implements AutoCloseable {

    static final String DESK = "fault-desk";
    static final int PARTITIONS = 6;
    static final Duration STARTUP = Duration.ofMinutes(3);
    /** The broker's log and the database's files stay after a run, for a look at what happened; {@code mvn clean} removes them. */
    private static final Path WORK = Path.of("target", "fault-work");

    private final Path kafkaDir;
    private final int kafkaPort = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final String deskKey = newKey();
    final RestartablePostgres postgres;
    final ServiceProcess ingest;
    final ServiceProcess enrich;
    final ServiceProcess publish;
    private LocalKafkaBroker broker;

    private FaultPipeline(Path workDir) {
        this.kafkaDir = workDir.resolve("kafka");
        this.postgres = new RestartablePostgres(workDir.resolve("postgres"));
        Map<String, Object> shared = Map.of(
                "spring.kafka.bootstrap-servers",
                bootstrapServers(),
                "wireline.kafka.partitions",
                PARTITIONS,
                // a killed consumer keeps its partitions until its session expires; a short session
                // lets the restarted instance take them over within seconds rather than 45
                "spring.kafka.consumer.properties.session.timeout.ms",
                10_000,
                "spring.kafka.consumer.properties.heartbeat.interval.ms",
                2_000);
        this.publish = new ServiceProcess(
                "publish",
                "news.wireline.publish.PublishApplication",
                with(
                        shared,
                        Map.of(
                                "spring.datasource.url",
                                postgres.url(),
                                "spring.datasource.username",
                                postgres.user(),
                                "spring.datasource.password",
                                "",
                                "spring.datasource.hikari.connection-timeout",
                                5000,
                                // as for enrich below: the restarted relay fences a killed one's open transaction
                                "wireline.kafka.sender-transaction-id-prefix",
                                "publish-fault-1-relay-")));
        this.enrich = new ServiceProcess(
                "enrich",
                "news.wireline.enrich.EnrichApplication",
                with(
                        shared,
                        Map.of(
                                "spring.autoconfigure.exclude",
                                LocalPipeline.NO_DATABASE,
                                // a stable transaction id prefix, as ops set WIRELINE_INSTANCE_ID: the restarted
                                // instance fences its killed predecessor's open transaction instead of waiting it out
                                "spring.kafka.producer.transaction-id-prefix",
                                "enrich-fault-1-")));
        Map<String, Object> ingestProperties = new HashMap<>(shared);
        ingestProperties.put("spring.autoconfigure.exclude", LocalPipeline.NO_DATABASE);
        ingestProperties.put("wireline.ingest.ledger.state-dir", workDir.resolve("ingest-state"));
        ingestProperties.put("wireline.ingest.access.desks[0].name", DESK);
        ingestProperties.put("wireline.ingest.access.desks[0].key-sha256", DeskKeys.sha256(deskKey));
        this.ingest = new ServiceProcess("ingest", "news.wireline.ingest.IngestApplication", ingestProperties);
    }

    /** Starts everything and waits until all three services are ready. */
    static FaultPipeline start(String name) throws Exception {
        Files.createDirectories(WORK);
        FaultPipeline pipeline =
                new FaultPipeline(Files.createTempDirectory(WORK, name + "-").toAbsolutePath());
        try {
            pipeline.startBroker();
            pipeline.postgres.start();
            for (ServiceProcess service : pipeline.services()) {
                service.start();
            }
            for (ServiceProcess service : pipeline.services()) {
                service.awaitReady(STARTUP);
            }
            return pipeline;
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
    }

    List<ServiceProcess> services() {
        return List.of(publish, enrich, ingest);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String deskKey() {
        return deskKey;
    }

    void startBroker() {
        broker = LocalKafkaBroker.start(kafkaDir, kafkaPort, controllerPort);
    }

    void stopBroker() {
        broker.close();
        broker = null;
    }

    /** Kills each of {@code killed} with SIGKILL, then starts them again and waits until they are ready. */
    void crashAndRestart(List<ServiceProcess> killed) throws InterruptedException {
        for (ServiceProcess service : killed) {
            service.kill();
        }
        for (ServiceProcess service : killed) {
            service.start();
        }
        for (ServiceProcess service : killed) {
            service.awaitReady(STARTUP);
        }
    }

    /** Services first, while the broker and database they use are still there. */
    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : List.of(ingest, enrich, publish)) {
            service.close();
        }
        if (broker != null) {
            stopBroker();
        }
        postgres.close();
    }

    private static Map<String, Object> with(Map<String, Object> shared, Map<String, Object> own) {
        Map<String, Object> all = new HashMap<>(shared);
        all.putAll(own);
        return all;
    }

    private static String newKey() {
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
