package news.wireline.ingest.ledger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import news.wireline.events.IntakeDecision;
import news.wireline.events.IntakeRequest;
import news.wireline.events.StoryIngested;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decider's real topology run by {@link TopologyTestDriver}, no broker: a request goes in as
 * the door writes it, and its decision and any ingested event come out as the decider writes them.
 */
public final class DriverLedger implements Ledger, AutoCloseable {

    private final JsonMapper json = JsonMapper.builder().build();
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> intake;
    private final TestOutputTopic<String, byte[]> decisions;
    private final TestOutputTopic<String, byte[]> ingested;
    private final List<TestRecord<String, byte[]>> ingestedRecords = new ArrayList<>();

    public DriverLedger() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "ingest-ledger-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "driver:9092");
        driver = new TopologyTestDriver(
                DeciderTopology.build(json, Clock.systemUTC(), new SimpleMeterRegistry()), config);
        intake = driver.createInputTopic(Topics.INTAKE_NAME, new StringSerializer(), new ByteArraySerializer());
        decisions = driver.createOutputTopic(
                Topics.INTAKE_DECISIONS_NAME, new StringDeserializer(), new ByteArrayDeserializer());
        ingested =
                driver.createOutputTopic(Topics.INGESTED_NAME, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public synchronized IntakeDecision decide(IntakeRequest request) {
        pipe(
                request.id().value(),
                bytes(request),
                StoryRecords.headers(
                        Topics.INTAKE, request.id(), request, request.desk(), request.traceId(), request.requestId()));
        ingestedRecords.addAll(ingested.readRecordsToList());
        List<byte[]> answers = decisions.readValuesToList();
        if (answers.size() != 1) {
            throw new AssertionError("expected one decision, got " + answers.size());
        }
        return json.readValue(answers.get(0), IntakeDecision.class);
    }

    static byte[] bytes(IntakeRequest request) {
        return JsonMapper.builder().build().writeValueAsBytes(request);
    }

    /** Writes a record to the intake topic as anyone with access could. */
    synchronized void pipe(String key, byte[] value, Headers headers) {
        intake.pipeInput(new TestRecord<>(key, value, headers));
    }

    synchronized List<IntakeDecision> decisions() {
        return decisions.readValuesToList().stream()
                .map(bytes -> json.readValue(bytes, IntakeDecision.class))
                .toList();
    }

    /** Every ingested event written so far, in order. */
    public synchronized List<StoryIngested> ingested() {
        return ingestedRecords().stream()
                .map(record -> json.readValue(record.value(), StoryIngested.class))
                .toList();
    }

    synchronized List<TestRecord<String, byte[]>> ingestedRecords() {
        ingestedRecords.addAll(ingested.readRecordsToList());
        return List.copyOf(ingestedRecords);
    }

    @Override
    public void close() {
        driver.close();
    }
}
