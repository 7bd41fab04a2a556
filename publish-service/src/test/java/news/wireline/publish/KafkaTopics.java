package news.wireline.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import news.wireline.events.Headers;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Topics;
import news.wireline.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** The pipeline's topics as enrich-service writes them and a downstream consumer reads them: plain kafka-clients. */
public final class KafkaTopics {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KafkaTopics() {}

    /** Sends an enriched story as enrich-service would, with its desk and trace id headers. */
    public static void sendEnriched(StoryEnriched story, String traceId) {
        Map<String, Object> config =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(Topics.ENRICHED_NAME, story.id().value(), JSON.writeValueAsBytes(story));
            record.headers().add(Headers.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
            record.headers().add(Headers.DESK, story.desk().getBytes(StandardCharsets.UTF_8));
            record.headers().add(Headers.TRACE_ID, traceId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The published topic from the start, keeping records with {@code key}, until {@code enough} holds or the timeout passes. */
    public static List<ConsumerRecord<String, byte[]>> published(
            String key, Duration timeout, Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
        return TopicReader.withKey(
                TopicReader.read(
                        TestInfrastructure.bootstrapServers(),
                        Topics.PUBLISHED_NAME,
                        timeout,
                        records -> enough.test(TopicReader.withKey(records, key))),
                key);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return record.headers().lastHeader(name) == null
                ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
