package news.wireline.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Wireline's sustained rate: stories written to the raw topic as fast as the producer takes them,
 * through the real ingest, enrich and publish, counted as rows in the feed store. The rate is taken
 * from the first twentieth stored to the last stored within the patience given, so start-up
 * and JIT warm-up stay outside it.
 */
final class PipelineThroughput {

    /** The stored count once the first twentieth is in, when, and the JVM's thread times then. */
    record Progress(long stored, long nanos, ThreadCpu cpu) {}

    /** The sustained rate, and where the JVM's processor time went while it was measured. */
    record Outcome(double perSecond, long stored, boolean finished, ThreadCpu.Usage cpu) {}

    private final String bootstrap;
    private final String databaseUrl;
    private final String user;
    private final String password;

    PipelineThroughput(String bootstrap, String databaseUrl, String user, String password) {
        this.bootstrap = bootstrap;
        this.databaseUrl = databaseUrl;
        this.user = user;
        this.password = password;
    }

    Outcome run(List<byte[]> payloads, Duration patience) throws SQLException, InterruptedException {
        long before = storedCount();
        Thread sender = new Thread(() -> send(payloads), "raw-sender");
        sender.start();
        long deadline = System.nanoTime() + patience.toNanos();
        long target = before + payloads.size();
        Progress warm = null;
        long stored = before;
        while (stored < target && System.nanoTime() < deadline) {
            Thread.sleep(200);
            stored = storedCount();
            if (warm == null && stored - before >= Math.max(1, payloads.size() / 20)) {
                warm = new Progress(stored, System.nanoTime(), ThreadCpu.read());
            }
        }
        long end = System.nanoTime();
        ThreadCpu cpu = ThreadCpu.read();
        sender.join();
        if (warm == null || stored == warm.stored()) {
            return new Outcome(0, stored - before, false, ThreadCpu.Usage.NONE);
        }
        return new Outcome(
                (stored - warm.stored()) / ((end - warm.nanos()) / 1e9),
                stored - before,
                stored >= target,
                cpu.since(warm.cpu()));
    }

    private void send(List<byte[]> payloads) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (byte[] payload : payloads) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RAW.name(), null, payload);
                record.headers().add(Headers.CONTENT_TYPE, StoryMaker.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                record.headers().add(Headers.DESK, "bench".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
        }
    }

    private long storedCount() throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM story")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
