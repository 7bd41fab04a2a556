package news.wireline.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.local.FreePorts;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.runner.LocalPipeline;

/**
 * Ingest alone, as several instances in JVMs of their own behind one broker in this JVM: each with
 * its own state directory, all in one decider application, as ops would scale it out.
 */
final class IngestCluster implements AutoCloseable {

    static final String DESK = "scale-desk";
    static final int PARTITIONS = 6;
    private static final Path WORK = Path.of("target", "fault-work");

    private final LocalKafkaBroker broker;
    private final String deskKey = newKey();
    final List<ServiceProcess> instances = new ArrayList<>();

    private IngestCluster(Path workDir, int count) {
        this.broker = LocalKafkaBroker.start(workDir.resolve("kafka"), FreePorts.next(), FreePorts.next());
        for (int i = 1; i <= count; i++) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
            properties.put("wireline.kafka.partitions", PARTITIONS);
            properties.put("spring.autoconfigure.exclude", LocalPipeline.NO_DATABASE);
            properties.put("wireline.ingest.access.desks[0].name", DESK);
            properties.put("wireline.ingest.access.desks[0].key-sha256", DeskKeys.sha256(deskKey));
            properties.put("wireline.ingest.ledger.state-dir", workDir.resolve("ingest-state-" + i));
            // A killed instance's partitions move once its session expires: 10 s rather than 45.
            properties.put("spring.kafka.streams.properties.session.timeout.ms", 10_000);
            properties.put("spring.kafka.streams.properties.heartbeat.interval.ms", 2_000);
            instances.add(new ServiceProcess("ingest-" + i, "news.wireline.ingest.IngestApplication", properties));
        }
    }

    static IngestCluster start(String name, int count, Duration startup) throws Exception {
        Files.createDirectories(WORK);
        IngestCluster cluster =
                new IngestCluster(Files.createTempDirectory(WORK, name + "-").toAbsolutePath(), count);
        try {
            for (ServiceProcess instance : cluster.instances) {
                instance.start();
            }
            for (ServiceProcess instance : cluster.instances) {
                instance.awaitReady(startup);
            }
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    String deskKey() {
        return deskKey;
    }

    List<String> urls() {
        return instances.stream().map(ServiceProcess::url).toList();
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess instance : instances) {
            instance.close();
        }
        broker.close();
    }

    private static String newKey() {
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
