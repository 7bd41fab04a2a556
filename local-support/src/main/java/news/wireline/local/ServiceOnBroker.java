package news.wireline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One service on a broker of its own, as a test starts it: random ports, plain console logs, then
 * the test's own settings. Closing it stops the service, then the broker.
 */
public final class ServiceOnBroker implements AutoCloseable {

    private final LocalKafkaBroker broker;
    private final ConfigurableApplicationContext service;

    private ServiceOnBroker(LocalKafkaBroker broker, ConfigurableApplicationContext service) {
        this.broker = broker;
        this.service = service;
    }

    /** @param settings more {@code --name=value} arguments */
    public static ServiceOnBroker start(SpringApplicationBuilder application, String... settings) {
        LocalKafkaBroker broker = LocalKafkaBroker.start(temporaryDirectory());
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--server.port=0",
                "--management.server.port=0",
                "--logging.structured.format.console=",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(settings));
        try {
            return new ServiceOnBroker(broker, application.run(arguments.toArray(String[]::new)));
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public ConfigurableApplicationContext service() {
        return service;
    }

    /** The port the service's web server took. */
    public String port() {
        return service.getEnvironment().getRequiredProperty("local.server.port");
    }

    /**
     * A producer that holds every record back until it is flushed, so they reach the partition in
     * one produce request and a consumer's first poll takes them all.
     */
    public KafkaProducer<String, byte[]> producerHoldingBackUntilFlush() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        60_000),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @Override
    public void close() {
        try {
            service.close();
        } finally {
            broker.close();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("wireline-service-broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
