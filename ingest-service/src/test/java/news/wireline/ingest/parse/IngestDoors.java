package news.wireline.ingest.parse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.ingest.IngestApplication;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.local.ServiceOnBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A real ingest on a broker of its own, with one desk, and its two doors: {@code POST /stories}
 * with the desk's key, and the raw topic with a desk header.
 */
final class IngestDoors implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ServiceOnBroker ingest;
    private final String key;

    private IngestDoors(ServiceOnBroker ingest, String key) {
        this.ingest = ingest;
        this.key = key;
    }

    /** @param settings more {@code --name=value} arguments, e.g. the desk's own settings */
    static IngestDoors start(String desk, String key, String... settings) throws IOException {
        String[] own = {
            "--wireline.kafka.partitions=1",
            "--wireline.kafka.retry-delay=100ms",
            // a ledger of its own: one left by an earlier run would take this run's stories for re-sends
            "--wireline.ingest.ledger.state-dir=" + Files.createTempDirectory("wireline-ingest-doors-ledger"),
            "--wireline.ingest.access.desks[0].name=" + desk,
            "--wireline.ingest.access.desks[0].key-sha256=" + DeskKeys.sha256(key)
        };
        String[] arguments = new String[own.length + settings.length];
        System.arraycopy(own, 0, arguments, 0, own.length);
        System.arraycopy(settings, 0, arguments, own.length, settings.length);
        return new IngestDoors(ServiceOnBroker.start(IngestApplication.application(), arguments), key);
    }

    String bootstrapServers() {
        return ingest.bootstrapServers();
    }

    /** Posts {@code body} with the desk's key; {@code contentType} null sends none. */
    HttpResponse<String> post(String body, String contentType) throws Exception {
        String port = ingest.port();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stories"))
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ingest.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** A raw-topic record from {@code desk}; {@code contentType} null sends none. */
    static ProducerRecord<String, byte[]> raw(String key, byte[] body, String desk, String contentType) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RAW_NAME, key, body);
        if (contentType != null) {
            record.headers().add(Headers.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
        }
        record.headers().add(Headers.DESK, desk.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Override
    public void close() {
        ingest.close();
    }
}
