package news.wireline.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.wireline.events.Headers;
import news.wireline.events.Topics;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends hostile cases in by both doors and reads back what ingest made of each: an HTTP answer,
 * or for the raw topic an ingested event (by key) or a dead letter (by the case's name header).
 */
final class HostileDoors {

    static final String CASE_HEADER = "wireline-hostile-case";
    /** Long enough for a slow machine, short enough that a hang fails the case rather than the build. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    private final String ingestUrl;
    private final String deskKey;
    private final String bootstrapServers;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    HostileDoors(String ingestUrl, String deskKey, String bootstrapServers) {
        this.ingestUrl = ingestUrl;
        this.deskKey = deskKey;
        this.bootstrapServers = bootstrapServers;
    }

    /** What ingest answered: a story id for an acceptance, else the reject code; {@code problem} when the answer itself is wrong. */
    record Outcome(String id, String code, String problem) {
        boolean accepted() {
            return id != null;
        }
    }

    Outcome post(HostileCase each) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingestUrl + "/stories"))
                .timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + deskKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(each.body()));
        if (each.contentType() != null) {
            request.header("Content-Type", each.contentType());
        }
        if (each.storyId() != null) {
            request.header("X-Wireline-Story-Id", each.storyId());
        }
        each.headers().forEach(request::header);
        try {
            return read(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            return new Outcome(null, null, "no answer: " + e);
        }
    }

    /**
     * A 202 with the story's id, or a 4xx whose body says {code, field, message}; anything else is
     * a problem. Tomcat refuses over-long headers before the application sees the request, with a
     * bare 4xx, read here as {@code HTTP_<status>}.
     */
    Outcome read(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return new Outcome(null, null, "HTTP " + status + " " + answer.body());
        }
        try {
            JsonNode body = json.readTree(answer.body());
            if (status == 202) {
                return new Outcome(body.get("id").asString(), null, null);
            }
            if (status >= 400
                    && status < 500
                    && body.hasNonNull("code")
                    && body.has("field")
                    && !body.path("message").asString("").isBlank()) {
                return new Outcome(null, body.get("code").asString(), null);
            }
        } catch (RuntimeException e) {
            return status >= 400 && status < 500
                    ? new Outcome(null, "HTTP_" + status, null)
                    : new Outcome(
                            null, null, "HTTP " + status + " without a JSON reason: " + abbreviate(answer.body()));
        }
        return new Outcome(null, null, "HTTP " + status + " " + abbreviate(answer.body()));
    }

    /** Writes each case to the raw topic as a desk's producer would, content type and all. */
    void produce(List<HostileCase> cases, Map<String, String> extraHeaders) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        2_000_000),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (HostileCase each : cases) {
                ProducerRecord<String, byte[]> record =
                        new ProducerRecord<>(Topics.RAW_NAME, each.storyId(), each.body());
                if (each.contentType() != null) {
                    record.headers()
                            .add(Headers.CONTENT_TYPE, each.contentType().getBytes(StandardCharsets.UTF_8));
                }
                record.headers().add(CASE_HEADER, each.name().getBytes(StandardCharsets.UTF_8));
                each.headers()
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                extraHeaders.forEach(
                        (name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /**
     * What became of raw-topic cases, by case name, once every one of them is accounted for or
     * {@code patience} runs out: accepted ones are found on the ingested topic by key, refused ones
     * on the dead-letter topic with their reason headers.
     */
    Map<String, Outcome> outcomesOf(List<HostileCase> cases, Duration patience) {
        Map<String, HostileCase> byKey = cases.stream()
                .filter(each -> each.wirelineId() != null)
                .collect(Collectors.toMap(HostileCase::wirelineId, each -> each, (a, b) -> a));
        Set<String> names = cases.stream().map(HostileCase::name).collect(Collectors.toSet());
        Map<String, Outcome> outcomes = new HashMap<>();
        long deadline = System.nanoTime() + patience.toNanos();
        while (outcomes.size() < names.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> letter :
                    TopicReader.read(bootstrapServers, Topics.DEAD_LETTER_NAME, Duration.ofSeconds(3), read -> false)) {
                String name = header(letter, CASE_HEADER);
                if (names.contains(name)) {
                    String code = header(letter, Headers.REJECT_CODE);
                    boolean explained = code != null && header(letter, Headers.REJECT_MESSAGE) != null;
                    outcomes.put(
                            name,
                            new Outcome(
                                    null, code, explained ? null : "dead letter without wireline-reject-* headers"));
                }
            }
            for (ConsumerRecord<String, byte[]> ingested :
                    TopicReader.read(bootstrapServers, Topics.INGESTED_NAME, Duration.ofSeconds(3), read -> false)) {
                HostileCase each = byKey.get(ingested.key());
                if (each != null) {
                    outcomes.putIfAbsent(each.name(), new Outcome(ingested.key(), null, null));
                }
            }
        }
        return outcomes;
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
