package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.wireline.kafka.WirelineKafkaSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.yaml.snakeyaml.Yaml;

/** deploy/compose/three-brokers.yml laid over docker-compose.yml, as Debian's docker-compose merges them. */
@SuppressWarnings("unchecked")
class ThreeBrokerComposeTest {

    static final List<String> BROKERS = List.of("kafka", "kafka-2", "kafka-3");

    @Test
    void threeBrokersFormOneClusterThatKeepsTwoInSyncReplicasOfThree() throws Exception {
        Map<String, Map<String, Object>> services = merged();

        for (int node = 1; node <= 3; node++) {
            String broker = BROKERS.get(node - 1);
            Map<String, String> env = environment(services, broker);
            assertThat(env)
                    .as(broker)
                    .containsEntry("KAFKA_NODE_ID", String.valueOf(node))
                    .containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://" + broker + ":9092")
                    .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093")
                    .containsEntry("CLUSTER_ID", environment(services, "kafka").get("CLUSTER_ID"))
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
            assertThat(services.get(broker).get("image"))
                    .isEqualTo(services.get("kafka").get("image"));
            assertThat(String.valueOf(((List<Object>) services.get(broker).get("volumes")).get(0)))
                    .startsWith(broker + "-data:" + env.get("KAFKA_LOG_DIRS"));
        }
    }

    @Test
    void everyServiceReachesAllThreeAndCreatesTopicsWithThreeReplicas() throws Exception {
        Map<String, Map<String, Object>> services = merged();

        for (String service : List.of("ingest-service", "enrich-service", "publish-service")) {
            StandardEnvironment env = ServiceEnvironment.of(service, environment(services, service));
            assertThat(env.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo("kafka:9092,kafka-2:9092,kafka-3:9092");
            assertThat(Binder.get(env)
                            .bind("wireline.kafka", WirelineKafkaSettings.class)
                            .get()
                            .replicas())
                    .isEqualTo((short) 3);
            assertThat(((Map<String, Object>) services.get(service).get("depends_on")).keySet())
                    .containsAll(BROKERS);
        }
    }

    private static Map<String, Map<String, Object>> merged() throws Exception {
        ShellCommands shell = ShellCommands.withoutBroker();
        shell.assumeOnPath("docker-compose");
        ShellCommands.Result config = shell.run(OpsPackTest.COMPOSE_ENV
                + "docker-compose -f docker-compose.yml -f deploy/compose/three-brokers.yml config");
        assertThat(config.exitCode()).as(config.errors()).isZero();
        return (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(String.join("\n", config.lines()))
                .get("services");
    }

    private static Map<String, String> environment(Map<String, Map<String, Object>> services, String service) {
        Map<String, String> env = new HashMap<>();
        ((Map<String, Object>) services.get(service).get("environment"))
                .forEach((name, value) -> env.put(name, String.valueOf(value)));
        return env;
    }
}
