package news.wireline.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import news.wireline.enrich.EnrichApplication;
import news.wireline.ingest.IngestApplication;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.local.FreePorts;
import news.wireline.publish.PublishApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The three services started side by side in this JVM, each its own Spring application with its
 * own configuration, against a broker and a database given from outside. Used by the local run
 * and by the end-to-end tests, so both exercise the same wiring.
 */
public final class LocalPipeline implements AutoCloseable {

    /**
     * The services other than publish have no database; a classpath holding all three still has a
     * driver, so whoever runs them from one (here, the fault tests' child JVMs) excludes these.
     */
    public static final String NO_DATABASE = String.join(
            ",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");

    private final List<ConfigurableApplicationContext> services;
    private final PipelineConfig config;
    private final Map<String, String> deskKeys;
    private final Path ingestState;

    private LocalPipeline(
            List<ConfigurableApplicationContext> services,
            PipelineConfig config,
            Map<String, String> deskKeys,
            Path ingestState) {
        this.services = services;
        this.config = config;
        this.deskKeys = deskKeys;
        this.ingestState = ingestState;
    }

    /** A stage that can run as several instances sharing one consumer group. */
    public enum Stage {
        ENRICH,
        PUBLISH
    }

    /**
     * Starts publish first, then enrich, then ingest: each stage is listening before the one
     * upstream of it can send anything.
     */
    public static LocalPipeline start(PipelineConfig config) {
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            PipelinePorts ports = config.ports();
            started.add(run(
                    PublishApplication::application,
                    config,
                    ports.publish(),
                    ports.publishManagement(),
                    publishProperties(config)));
            started.add(run(
                    EnrichApplication::application,
                    config,
                    ports.enrich(),
                    ports.enrichManagement(),
                    Map.of("spring.autoconfigure.exclude", NO_DATABASE)));
            Map<String, String> deskKeys = newKeys(config.desks());
            Path ingestState = newIngestState();
            started.add(startIngest(config, deskKeys, ports.ingest(), ports.ingestManagement(), ingestState));
            return new LocalPipeline(started, config, deskKeys, ingestState);
        } catch (RuntimeException e) {
            started.forEach(ConfigurableApplicationContext::close);
            throw e;
        }
    }

    /**
     * Starts one more instance of a stage on a free port, in the same consumer group as the first,
     * as ops scaling out would. It stops with the pipeline, or earlier with {@link #stopInstance}.
     */
    public ConfigurableApplicationContext startAnother(Stage stage) {
        return startAnother(stage, Map.of());
    }

    /** As {@link #startAnother(Stage)}, with some properties changed, e.g. another group id or database for a rebuild. */
    public ConfigurableApplicationContext startAnother(Stage stage, Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(
                stage == Stage.PUBLISH
                        ? publishProperties(config)
                        : Map.of("spring.autoconfigure.exclude", NO_DATABASE));
        properties.putAll(overrides);
        ConfigurableApplicationContext instance = stage == Stage.PUBLISH
                ? run(PublishApplication::application, config, FreePorts.next(), FreePorts.next(), properties)
                : run(EnrichApplication::application, config, FreePorts.next(), FreePorts.next(), properties);
        services.add(instance);
        return instance;
    }

    /** Stops one instance gracefully: it finishes its records and hands its partitions over. */
    public void stopInstance(ConfigurableApplicationContext instance) {
        services.remove(instance);
        instance.close();
    }

    /**
     * Stops ingest gracefully and starts it again on the same ports with the same desk keys, as a
     * redeploy would: the new instance reopens its ledger's state directory and carries on
     * from its consumer group's committed offsets.
     */
    public ConfigurableApplicationContext restartIngest() {
        services.get(2).close();
        PipelinePorts ports = config.ports();
        services.set(2, startIngest(config, deskKeys, ports.ingest(), ports.ingestManagement(), ingestState));
        return services.get(2);
    }

    /**
     * Starts one more ingest instance on free ports, with the same desk keys and a state directory
     * of its own, as ops scaling ingest out would; its port is the context's {@code local.server.port}.
     * It stops with the pipeline, or earlier with {@link #stopInstance}.
     */
    public ConfigurableApplicationContext startAnotherIngest() {
        ConfigurableApplicationContext instance =
                startIngest(config, deskKeys, FreePorts.next(), FreePorts.next(), ingestState);
        services.add(instance);
        return instance;
    }

    /**
     * Each instance keeps its ledger under its own port, so a restart on the same port finds it
     * again. A fresh directory per pipeline: the state belongs to the broker it was built from.
     */
    private static ConfigurableApplicationContext startIngest(
            PipelineConfig config, Map<String, String> deskKeys, int port, int managementPort, Path ingestState) {
        Map<String, Object> ingest = new HashMap<>(deskAccess(deskKeys));
        ingest.put("spring.autoconfigure.exclude", NO_DATABASE);
        ingest.put(
                "wireline.ingest.story-url",
                "http://localhost:" + config.ports().publish() + "/stories/{id}");
        ingest.put("wireline.ingest.ledger.state-dir", ingestState.resolve(String.valueOf(port)));
        return run(IngestApplication::application, config, port, managementPort, ingest);
    }

    private static Path newIngestState() {
        try {
            return Files.createTempDirectory("wireline-ingest-state");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary directory for ingest's ledger", e);
        }
    }

    /** The first enrich instance, started with the pipeline. */
    public ConfigurableApplicationContext enrichContext() {
        return services.get(1);
    }

    /** The ingest instance, started with the pipeline. */
    public ConfigurableApplicationContext ingestContext() {
        return services.get(2);
    }

    /** The first publish instance, started with the pipeline. */
    public ConfigurableApplicationContext publishContext() {
        return services.get(0);
    }

    public String ingestUrl() {
        return "http://localhost:" + config.ports().ingest();
    }

    public String enrichUrl() {
        return "http://localhost:" + config.ports().enrich();
    }

    public String publishUrl() {
        return "http://localhost:" + config.ports().publish();
    }

    /** The API key this run gave a desk, for {@code Authorization: Bearer <key>}. */
    public String deskKey(String desk) {
        String key = deskKeys.get(desk);
        if (key == null) {
            throw new IllegalArgumentException("no desk " + desk + " in this pipeline; desks are " + deskKeys.keySet());
        }
        return key;
    }

    public List<String> serviceUrls() {
        return List.of(ingestUrl(), enrichUrl(), publishUrl());
    }

    /** Where ingest's actuator answers: health, info and prometheus, on loopback only. */
    public String ingestManagementUrl() {
        return "http://127.0.0.1:" + config.ports().ingestManagement();
    }

    public String enrichManagementUrl() {
        return "http://127.0.0.1:" + config.ports().enrichManagement();
    }

    public String publishManagementUrl() {
        return "http://127.0.0.1:" + config.ports().publishManagement();
    }

    public List<String> managementUrls() {
        return List.of(ingestManagementUrl(), enrichManagementUrl(), publishManagementUrl());
    }

    private static Map<String, Object> publishProperties(PipelineConfig config) {
        return Map.of(
                "spring.datasource.url", config.databaseUrl(),
                "spring.datasource.username", config.databaseUser(),
                "spring.datasource.password", config.databasePassword(),
                "wireline.publish.public-url",
                        "http://localhost:" + config.ports().publish());
    }

    private static Map<String, String> newKeys(List<String> desks) {
        SecureRandom random = new SecureRandom();
        Map<String, String> keys = new HashMap<>();
        for (String desk : desks) {
            byte[] key = new byte[24];
            random.nextBytes(key);
            keys.put(desk, HexFormat.of().formatHex(key));
        }
        return keys;
    }

    /** Ingest is told only the hashes, as in production. */
    private static Map<String, Object> deskAccess(Map<String, String> deskKeys) {
        Map<String, Object> properties = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, String> desk : deskKeys.entrySet()) {
            properties.put("wireline.ingest.access.desks[" + i + "].name", desk.getKey());
            properties.put("wireline.ingest.access.desks[" + i + "].key-sha256", DeskKeys.sha256(desk.getValue()));
            i++;
        }
        return properties;
    }

    /** Passed as command-line arguments: they outrank each service's own configuration file, as ops' settings do. */
    private static ConfigurableApplicationContext run(
            Supplier<SpringApplicationBuilder> service,
            PipelineConfig config,
            int port,
            int managementPort,
            Map<String, Object> own) {
        Map<String, Object> properties = new HashMap<>(config.extraProperties());
        properties.putAll(own);
        properties.put("spring.kafka.bootstrap-servers", config.bootstrapServers());
        properties.put("server.port", port);
        properties.put("management.server.port", managementPort);
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        String[] args = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return service.get().run(args);
    }

    /** Stops ingest first, so nothing new enters while the later stages finish what they hold. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
    }
}
