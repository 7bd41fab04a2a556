package news.wireline.ingest.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Objects;
import news.wireline.events.IntakeDecision;
import news.wireline.events.IntakeDecision.Outcome;
import news.wireline.events.IntakeRequest;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.ingest.ledger.StoryLedger.Claim;
import news.wireline.ingest.ledger.StoryLedger.Copy;
import news.wireline.kafka.SentEventMetrics;
import news.wireline.kafka.StageOutcome;
import news.wireline.kafka.StoryRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides each intake request of the partitions this instance owns, one at a time per partition,
 * so two versions of one story are numbered in the order they reach the partition whichever
 * instance took them. The entry change, the ingested event and the decision are written in one
 * transaction (exactly-once), so none of them is seen without the others.
 */
final class Decider implements Processor<String, byte[], String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(Decider.class);
    /** W3C trace context the door's producer put on the request; carried on so the trace spans ingest. */
    private final JsonMapper json;

    private final Clock clock;
    private final MeterRegistry registry;
    private @Nullable ProcessorContext<String, byte[]> context;
    private @Nullable StoryLedger ledger;

    Decider(JsonMapper json, Clock clock, MeterRegistry registry) {
        this.json = json;
        this.clock = clock;
        this.registry = registry;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        KeyValueStore<String, StoryEntry> store = context.getStateStore(DeciderTopology.STORE);
        this.ledger = new StoryLedger(new StoreEntries(store));
    }

    @Override
    public void process(Record<String, byte[]> record) {
        IntakeRequest request = read(record);
        if (request == null) {
            return;
        }
        ProcessorContext<String, byte[]> context = Objects.requireNonNull(this.context, "Streams calls init first");
        StoryLedger ledger = Objects.requireNonNull(this.ledger, "Streams calls init first");
        Claim claim = ledger.claim(
                request.id(),
                new Copy(
                        request.desk(),
                        request.contentHash(),
                        request.requestedVersion(),
                        request.release().isWithdrawn()));
        long now = clock.millis();
        if (claim.outcome() == Outcome.NEW) {
            StoryIngested event = ingested(request, claim);
            // The request is decided once (exactly-once), so its id names the one event it makes.
            Headers headers = StoryRecords.headers(
                    Topics.INGESTED, request.id(), event, request.desk(), request.traceId(), request.requestId());
            Header traceparent = record.headers().lastHeader(news.wireline.events.Headers.TRACEPARENT);
            if (traceparent != null) {
                headers.add(traceparent);
            }
            context.forward(
                    new Record<>(request.id().value(), json.writeValueAsBytes(event), now, headers),
                    DeciderTopology.INGESTED_SINK);
            // Counted as written into the transaction; one that aborts is redone, and counted again.
            SentEventMetrics.sent(registry, Topics.INGESTED_NAME, StageOutcome.SUCCESS);
            log.info(
                    "ingested story {} version {} ({}) from desk {}",
                    request.id(),
                    claim.version(),
                    request.release().status(),
                    request.desk());
        }
        IntakeDecision decision = new IntakeDecision(
                IntakeDecision.SCHEMA_VERSION,
                request.requestId(),
                request.id(),
                claim.outcome(),
                claim.version(),
                claim.owner());
        context.forward(
                new Record<>(request.id().value(), json.writeValueAsBytes(decision), now),
                DeciderTopology.DECISIONS_SINK);
    }

    private StoryIngested ingested(IntakeRequest request, Claim claim) {
        return new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                request.id(),
                claim.version(),
                request.desk(),
                request.contentHash(),
                request.release(),
                request.story(),
                Timeline.receivedAt(request.received()).ingestedAt(clock.instant()),
                claim.earlierVersions());
    }

    /**
     * Only ingest writes this topic, but anyone with access to it could: a record that is no
     * request is skipped (nobody is waiting on it) rather than stopping every story behind it.
     */
    private @Nullable IntakeRequest read(Record<String, byte[]> record) {
        try {
            IntakeRequest request = record.value() == null ? null : json.readValue(record.value(), IntakeRequest.class);
            if (request == null
                    || request.requestId() == null
                    || request.id() == null
                    || request.desk() == null
                    || request.contentHash() == null
                    || request.release() == null) {
                throw new IllegalArgumentException(
                        "an intake request needs requestId, id, desk, contentHash and release");
            }
            if (!request.id().value().equals(record.key())) {
                throw new IllegalArgumentException("keyed " + record.key() + " but names story " + request.id());
            }
            return request;
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("skipped intake record keyed {} that is no intake request: {}", record.key(), e.getMessage(), e);
            return null;
        }
    }

    private record StoreEntries(KeyValueStore<String, StoryEntry> store) implements StoryLedger.Entries {
        @Override
        public StoryEntry get(StoryId id) {
            return store.get(id.value());
        }

        @Override
        public void put(StoryId id, StoryEntry entry) {
            store.put(id.value(), entry);
        }
    }
}
