package news.wireline.pipeline;

import java.util.Map;
import news.wireline.runner.PipelineConfig;
import news.wireline.runner.PipelinePorts;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same scenarios against the images ops run (apache/kafka, postgres), on hosts with Docker;
 * skipped cleanly where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineTest extends PipelineScenarios {

    @Container
    static final KafkaContainer KAFKA =
            new KafkaContainer("apache/kafka:4.1.2").withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:16-alpine");

    @Override
    PipelineConfig infrastructure() {
        return new PipelineConfig(
                KAFKA.getBootstrapServers(),
                POSTGRES.getJdbcUrl(),
                POSTGRES.getUsername(),
                POSTGRES.getPassword(),
                PipelinePorts.free(),
                Map.of());
    }

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
