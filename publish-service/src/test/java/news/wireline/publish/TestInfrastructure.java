package news.wireline.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import news.wireline.local.FreePorts;
import news.wireline.local.LocalKafkaBroker;
import news.wireline.local.LocalPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real KRaft broker and one database for every Spring test of the service, started on first
 * use; tests share them (and the application context) and keep apart by using their own story ids
 * and tags. The port is fixed before start so the service's public URL, in every link it writes,
 * is the one tests call.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static LocalKafkaBroker broker;
    private static String databaseUrl;

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            try {
                broker = LocalKafkaBroker.start(Files.createTempDirectory("publish-test-kafka"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-broker-stop"));
        }
        return broker.bootstrapServers();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        LocalPostgres postgres = TestDatabase.server();
        synchronized (TestInfrastructure.class) {
            if (databaseUrl == null) {
                databaseUrl = postgres.createDatabase("wireline_publish");
            }
        }
        int port = FreePorts.next();
        TestPropertyValues.of(
                        "spring.kafka.bootstrap-servers=" + bootstrapServers(),
                        "spring.datasource.url=" + databaseUrl,
                        "spring.datasource.username=" + postgres.user(),
                        "spring.datasource.password=" + postgres.password(),
                        "server.port=" + port,
                        "management.server.port=" + FreePorts.next(),
                        "wireline.publish.public-url=http://localhost:" + port,
                        "wireline.kafka.partitions=3",
                        "wireline.publish.release.poll-interval=200ms")
                .applyTo(context);
    }
}
