package news.wireline.pipeline;

import java.nio.file.Files;
import java.util.Map;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalPostgres;
import news.wireline.runner.PipelineConfig;
import news.wireline.runner.PipelinePorts;

/**
 * The pipeline against a real KRaft broker in this JVM and the machine's PostgreSQL (embedded
 * PostgreSQL where the machine has none).
 */
class InProcessPipelineTest extends PipelineScenarios {

    LocalKafkaBroker broker;
    LocalPostgres postgres;

    @Override
    PipelineConfig infrastructure() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-e2e-kafka"));
        postgres = LocalPostgres.machineOrEmbedded();
        return new PipelineConfig(
                broker.bootstrapServers(),
                postgres.createDatabase("wireline_e2e"),
                postgres.user(),
                postgres.password(),
                PipelinePorts.free(),
                Map.of("wireline.kafka.partitions", 3, "wireline.kafka.lag-interval", "1s"));
    }

    @Override
    void stopInfrastructure() {
        broker.close();
        postgres.close();
    }

    @Override
    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
