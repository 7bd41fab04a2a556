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
import news.wireline.kafka.WirelineKafkaProperties;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
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
                        .bind("wireline.kafka", WirelineKafkaProperties.class)
                        .get()
                        .partitions())
                .isEqualTo(6);
        assertThat(healthcheck(service))
                .contains("/actuator/health/readiness")
                .contains("http://" + env.getProperty("management.server.address") + ":"
                        + env.getProperty("management.server.port") + "/");
        assertThat(env.getProperty("management.server.port")).isNotEqualTo(env.getProperty("server.port"));
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

    /** The service's own configuration with compose's variables laid over it, as Spring Boot would see them. */
    private StandardEnvironment serviceEnvironment(String service) throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "compose-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(environment(service))));
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        yaml.load(service, new ClassPathResource(service + ".yml")).forEach(env.getPropertySources()::addLast);
        yaml.load("defaults", new ClassPathResource("wireline-defaults.yml"))
                .forEach(env.getPropertySources()::addLast);
        return env;
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

    private static String fromShell(String value) {
        Matcher variable = COMPOSE_VARIABLE.matcher(value);
        if (value.startsWith("$${")) {
            return value;
        }
        if (variable.find()) {
            String withDefault = variable.group();
            Matcher defaultValue = Pattern.compile(":-([^}]*)}").matcher(withDefault);
            return variable.replaceAll(defaultValue.find() ? defaultValue.group(1) : "from-the-shell");
        }
        return value;
    }
}
