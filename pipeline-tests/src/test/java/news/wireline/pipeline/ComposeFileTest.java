package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.wireline.enrich.corpus.CorpusSettings;
import news.wireline.ingest.access.DeskAccessSettings;
import news.wireline.kafka.WirelineKafkaSettings;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run on machines without Docker, so it is checked here against the
 * services' real configuration: every variable it sets must reach the property it is meant for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeFileTest {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::?[-?][^}]*)?}");

    Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void readCompose() throws IOException {
        try (Reader in = Files.newBufferedReader(REPO.resolve("docker-compose.yml"))) {
            services = (Map<String, Map<String, Object>>)
                    new Yaml().<Map<String, Object>>load(in).get("services");
        }
    }

    @Test
    void brokerImageIsTheKafkaVersionTheServicesAreBuiltAgainst() {
        assertThat(services).containsKeys("kafka", "postgres", "ingest-service", "enrich-service", "publish-service");
        assertThat(services.get("kafka").get("image")).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
        assertThat(environment("kafka")).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "publish-service"})
    @SuppressWarnings("unchecked")
    void serviceIsBuiltFromItsOwnModuleAndReachesTheBroker(String service) throws IOException {
        Map<String, Object> build = (Map<String, Object>) services.get(service).get("build");
        assertThat(build.get("context")).isEqualTo(".");
        assertThat(((Map<String, Object>) build.get("args")).get("SERVICE")).isEqualTo(service);
        assertThat(REPO.resolve(service).resolve("src/main/resources/" + service + ".yml"))
                .exists();
        assertThat(REPO.resolve("Dockerfile")).exists();

        StandardEnvironment env = serviceEnvironment(service);

        assertThat(env.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka:9092");
        assertThat(Binder.get(env)
                        .bind("wireline.kafka", WirelineKafkaSettings.class)
                        .get()
                        .partitions())
                .isEqualTo(6);
        assertThat(healthcheck(service))
                .contains("/actuator/health/readiness")
                .contains("http://127.0.0.1:" + env.getProperty("management.server.port") + "/");
        assertThat(env.getProperty("management.server.port")).isNotEqualTo(env.getProperty("server.port"));
    }

    /** Prometheus scrapes each container on the compose network; the host sees only the public ports. */
    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "publish-service"})
    @SuppressWarnings("unchecked")
    void managementListensOnTheComposeNetworkAtThePortPrometheusScrapesAndIsNeverPublished(String service)
            throws IOException {
        StandardEnvironment env = serviceEnvironment(service);
        String managementPort = env.getProperty("management.server.port");

        assertThat(env.getProperty("management.server.address")).isEqualTo("0.0.0.0");
        assertThat((List<String>) services.get(service).getOrDefault("ports", List.of()))
                .noneMatch(published -> published.endsWith(":" + managementPort));
        assertThat(scrapeTargets()).containsEntry(service, service + ":" + managementPort);
    }

    @Test
    void enrichTakesItsContainersHostnameAsItsStableInstanceId() throws IOException {
        StandardEnvironment env = serviceEnvironment("enrich-service", Map.of("HOSTNAME", "4f2c9e81ab07"));

        assertThat(env.getProperty("spring.kafka.producer.transaction-id-prefix"))
                .isEqualTo("enrich-service-4f2c9e81ab07-");
    }

    @Test
    void publishsRelayTakesItsContainersHostnameInItsTransactionId() throws IOException {
        StandardEnvironment env = serviceEnvironment("publish-service", Map.of("HOSTNAME", "9d1e0c44f2a3"));

        assertThat(env.getProperty("wireline.kafka.sender-transaction-id-prefix"))
                .isEqualTo("publish-service-9d1e0c44f2a3-relay-");
    }

    @Test
    void kafkaKeepsItsLogOnItsVolume() {
        assertThat(services.get("kafka").get("volumes"))
                .isEqualTo(List.of("kafka-data:" + environment("kafka").get("KAFKA_LOG_DIRS")));
    }

    @Test
    void publishServiceReachesTheDatabaseComposeStarts() throws IOException {
        StandardEnvironment env = serviceEnvironment("publish-service");
        Map<String, String> postgres = environment("postgres");

        assertThat(env.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(env.getProperty("spring.datasource.password")).isEqualTo("from-the-shell");
        assertThat(env.getProperty("wireline.publish.public-url")).isEqualTo("http://localhost:8083");
        assertThat(services.get("publish-service").get("ports"))
                .isEqualTo(List.of("8083:" + env.getProperty("server.port")));
    }

    @Test
    void ingestServiceKnowsTheDeskWhoseKeyHashComposePasses() throws IOException {
        StandardEnvironment env = serviceEnvironment("ingest-service");

        DeskAccessSettings access = Binder.get(env)
                .bind("wireline.ingest.access", DeskAccessSettings.class)
                .get();

        assertThat(access.desks()).containsExactly(new DeskAccessSettings.Desk("wire-desk", "from-the-shell", false));
        assertThat(services.get("ingest-service").get("ports"))
                .isEqualTo(List.of("8081:" + env.getProperty("server.port")));
    }

    @Test
    void enrichServiceHasNoHostPortSoItCanScale() {
        assertThat(services.get("enrich-service")).doesNotContainKey("ports");
    }

    @Test
    void enrichServiceKeepsItsCorpusIndexOnAVolumeAcrossRestarts() throws IOException {
        StandardEnvironment env = serviceEnvironment("enrich-service");

        CorpusSettings corpus = Binder.get(env)
                .bind("wireline.enrich.corpus", CorpusSettings.class)
                .get();

        assertThat(corpus.directory()).isEqualTo(Path.of("/var/lib/wireline/corpus"));
        assertThat(corpus.commitInterval()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(services.get("enrich-service").get("volumes"))
                .isEqualTo(List.of("enrich-corpus:" + corpus.directory()));
    }

    private StandardEnvironment serviceEnvironment(String service) throws IOException {
        return serviceEnvironment(service, Map.of());
    }

    /**
     * The service's own configuration with compose's variables, and those Docker sets in every
     * container ({@code docker}), laid over it, as Spring Boot would see them.
     */
    private StandardEnvironment serviceEnvironment(String service, Map<String, String> docker) throws IOException {
        Map<String, String> variables = new HashMap<>(docker);
        variables.putAll(environment(service));
        return ServiceEnvironment.of(service, variables);
    }

    /** Compose's environment for a service, with ${VAR...} taken from the operator's shell as "from-the-shell". */
    @SuppressWarnings("unchecked")
    private Map<String, String> environment(String service) {
        Map<String, String> env = new HashMap<>();
        ((Map<String, Object>) services.get(service).getOrDefault("environment", Map.of()))
                .forEach((name, value) -> env.put(name, fromShell(String.valueOf(value))));
        return env;
    }

    @SuppressWarnings("unchecked")
    private String healthcheck(String service) {
        List<String> test =
                (List<String>) ((Map<String, Object>) services.get(service).get("healthcheck")).get("test");
        String command = String.join(" ", test);
        String port = environment(service).getOrDefault("MANAGEMENT_PORT", null);
        Matcher defaulted = Pattern.compile("\\$\\$\\{MANAGEMENT_PORT:-(\\d+)}").matcher(command);
        return defaulted.replaceAll(port != null ? port : "$1");
    }

    /** Each scrape job of the monitoring profile's Prometheus, with the one DNS name and port it scrapes. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> scrapeTargets() throws IOException {
        Map<String, String> targets = new HashMap<>();
        try (Reader in = Files.newBufferedReader(REPO.resolve("deploy/prometheus/prometheus.yml"))) {
            for (Map<String, Object> job : (List<Map<String, Object>>)
                    new Yaml().<Map<String, Object>>load(in).get("scrape_configs")) {
                assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
                for (Map<String, Object> dns : (List<Map<String, Object>>) job.get("dns_sd_configs")) {
                    for (String name : (List<String>) dns.get("names")) {
                        targets.put((String) job.get("job_name"), name + ":" + dns.get("port"));
                    }
                }
            }
        }
        return targets;
    }

    /** Compose's value: {@code $$} is a literal {@code $}, left for the container (and Spring) to resolve. */
    private static String fromShell(String value) {
        Matcher variable = COMPOSE_VARIABLE.matcher(value);
        if (value.startsWith("$${")) {
            return value.substring(1);
        }
        if (variable.find()) {
            String withDefault = variable.group();
            Matcher defaultValue = Pattern.compile(":-([^}]*)}").matcher(withDefault);
            return variable.replaceAll(defaultValue.find() ? defaultValue.group(1) : "from-the-shell");
        }
        return value;
    }
}
