package news.wireline.pipeline;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalPostgres;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.PipelineClient;
import news.wireline.runner.PipelineConfig;
import news.wireline.runner.PipelinePorts;

/**
 * A whole pipeline for one test class: a real KRaft broker in this JVM, a fresh database on the
 * machine's PostgreSQL (embedded PostgreSQL where there is none) and the three services, ready.
 */
final class InProcessPipeline implements AutoCloseable {

    final LocalKafkaBroker broker;
    final LocalPostgres postgres;
    final LocalPipeline pipeline;
    final PipelineClient client;

    private InProcessPipeline(LocalKafkaBroker broker, LocalPostgres postgres, LocalPipeline pipeline) {
        this.broker = broker;
        this.postgres = postgres;
        this.pipeline = pipeline;
        this.client = new PipelineClient(pipeline);
    }

    /** Topics get {@code partitions} partitions; {@code properties} go to every service. */
    static InProcessPipeline start(String name, int partitions, Map<String, Object> properties) throws Exception {
        return start(name, partitions, properties, null);
    }

    /** As above, connecting with {@code trustedPassword} when the database trusts local connections and needs none. */
    static InProcessPipeline start(String name, int partitions, Map<String, Object> properties, String trustedPassword)
            throws Exception {
        LocalKafkaBroker broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-" + name + "-kafka"));
        LocalPostgres postgres = LocalPostgres.machineOrEmbedded();
        Map<String, Object> all = new HashMap<>(properties);
        all.put("wireline.kafka.partitions", partitions);
        InProcessPipeline started = new InProcessPipeline(
                broker,
                postgres,
                LocalPipeline.start(new PipelineConfig(
                        broker.bootstrapServers(),
                        postgres.createDatabase("wireline_" + name),
                        postgres.user(),
                        trustedPassword != null
                                        && (postgres.password() == null
                                                || postgres.password().isEmpty())
                                ? trustedPassword
                                : postgres.password(),
                        PipelinePorts.free(),
                        all)));
        started.client.awaitReady(Duration.ofMinutes(2));
        return started;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Stops the services first, while the broker and database they use are still there. */
    @Override
    public void close() {
        pipeline.close();
        broker.close();
        postgres.close();
    }
}
