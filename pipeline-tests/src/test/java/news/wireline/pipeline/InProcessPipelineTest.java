package news.wireline.pipeline;

import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalPostgres;
import news.wireline.runner.LocalPipeline;
import news.wireline.runner.PipelineClient;
import news.wireline.runner.PipelineConfig;
import news.wireline.runner.PipelinePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

/**
 * The pipeline against a real KRaft broker in this JVM and the machine's PostgreSQL (embedded
 * PostgreSQL where the machine has none).
 */
class InProcessPipelineTest extends PipelineScenarios {

    LocalKafkaBroker broker;
    LocalPostgres postgres;
    LocalPipeline pipeline;
    PipelineClient client;

    @BeforeAll
    void startPipeline() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-e2e-kafka"));
        postgres = LocalPostgres.machineOrEmbedded();
        pipeline = LocalPipeline.start(new PipelineConfig(broker.bootstrapServers(), postgres.createDatabase("wireline_e2e"),
                postgres.user(), postgres.password(), PipelinePorts.free(), Map.of("wireline.kafka.partitions", 3)));
        client = new PipelineClient(pipeline);
        client.awaitReady(Duration.ofMinutes(2));
    }

    @AfterAll
    void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
        broker.close();
        postgres.close();
    }

    @Override
    PipelineClient client() {
        return client;
    }

    @Override
    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
