package news.wireline.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node KRaft Kafka broker inside this JVM, for the local run and for tests: the same
 * broker code as production, without a Kafka installation. Topics are never auto-created, so a
 * topic the pipeline forgot to declare fails loudly here too.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;

    private LocalKafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Formats {@code logDir} if it is new and starts a broker on free localhost ports. */
    public static LocalKafkaBroker start(Path logDir) {
        return start(logDir, FreePorts.next(), FreePorts.next());
    }

    /** Starts on the given ports; restarting on the same directory and ports resumes the same log. */
    public static LocalKafkaBroker start(Path logDir, int port, int controllerPort) {
        Properties props = serverProperties(logDir, port, controllerPort);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(props, logDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return new LocalKafkaBroker(server, port);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties serverProperties(Path logDir, int port, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "6");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    private static void format(Properties props, Path logDir) {
        try {
            Files.createDirectories(logDir);
            Path config = Files.createTempFile("wireline-kraft", ".properties");
            try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                props.store(out, "Wireline local broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = StorageTool.execute(
                    new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--standalone"
                    },
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.deleteIfExists(config);
            if (exit != 0) {
                throw new IllegalStateException(
                        "formatting " + logDir + " failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
