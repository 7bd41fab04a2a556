package news.wireline.faults;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import news.wireline.events.Headers;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/** Writes records straight onto a pipeline topic, as a broken or hostile producer would, onto a chosen partition. */
final class PoisonRecords implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    PoisonRecords(String bootstrapServers) {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Writes {@code value} to {@code topic}'s {@code partition} and returns its offset there. */
    long write(String topic, int partition, String key, String value, String contentType)
            throws ExecutionException, InterruptedException {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, partition, key, value.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.DESK, FaultPipeline.DESK.getBytes(StandardCharsets.UTF_8));
        return producer.send(record).get().offset();
    }

    /** The partition Kafka's default partitioner gives {@code key}, as every stage's producer uses it. */
    static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public void close() {
        producer.close();
    }
}
