package news.wireline.ingest.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import news.wireline.events.Topics;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake topic in, ingested events and decisions out, with the story entries in a persistent
 * (RocksDB) store whose changelog topic Kafka Streams keeps: the store's heap use does not grow
 * with the number of stories, and a restart with its state directory reads only what it missed.
 */
final class DeciderTopology {

    static final String STORE = "stories";
    static final String INGESTED_SINK = "ingested";
    static final String DECISIONS_SINK = "decisions";
    private static final String SOURCE = "intake";
    private static final String DECIDER = "decide";

    private DeciderTopology() {}

    static Topology build(JsonMapper json, Clock clock, MeterRegistry registry) {
        Serde<StoryEntry> entries = Serdes.serdeFrom(
                (topic, entry) -> entry == null ? null : entry.toBytes(),
                (topic, bytes) -> bytes == null ? null : StoryEntry.fromBytes(bytes));
        return new Topology()
                .addSource(SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), Topics.INTAKE_NAME)
                .addProcessor(DECIDER, () -> new Decider(json, clock, registry), SOURCE)
                .addStateStore(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), entries),
                        DECIDER)
                .addSink(
                        INGESTED_SINK, Topics.INGESTED_NAME, new StringSerializer(), new ByteArraySerializer(), DECIDER)
                .addSink(
                        DECISIONS_SINK,
                        Topics.INTAKE_DECISIONS_NAME,
                        new StringSerializer(),
                        new ByteArraySerializer(),
                        DECIDER);
    }
}
