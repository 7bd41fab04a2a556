package news.wireline.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import news.wireline.events.Headers;
import news.wireline.events.IntakeDecision;
import news.wireline.events.IntakeDecision.Outcome;
import news.wireline.events.IntakeRequest;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The decider on its own: what it writes for each request, to which topic, with which headers. */
class DeciderTopologyTest {

    static final StoryId HARBOUR = StoryId.of("urn:test:harbour-dredging");
    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    final DriverLedger ledger = new DriverLedger();

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void newCopyIsIngestedWithTheDesksHeadersAndAnsweredWithItsVersion() {
        IntakeDecision decision = ledger.decide(request("r-1", "lisbon-desk", "a1b2", null));

        assertThat(decision)
                .isEqualTo(new IntakeDecision(
                        IntakeDecision.SCHEMA_VERSION, "r-1", HARBOUR, Outcome.NEW, 1, "lisbon-desk"));
        TestRecord<String, byte[]> event = ledger.ingestedRecords().get(0);
        assertThat(event.key()).isEqualTo(HARBOUR.value());
        assertThat(header(event, Headers.DESK)).isEqualTo("lisbon-desk");
        assertThat(header(event, Headers.TRACE_ID)).isEqualTo(TRACE);
        assertThat(header(event, Headers.CONTENT_TYPE)).isEqualTo("application/json");
        StoryIngested ingested = ledger.ingested().get(0);
        assertThat(ingested.version()).isEqualTo(1);
        assertThat(ingested.contentHash()).isEqualTo("a1b2");
        assertThat(ingested.timeline().received()).isEqualTo(Instant.parse("2026-12-04T01:00:00Z"));
    }

    @Test
    void refusalsAndDuplicatesAreAnsweredAndWriteNoEvent() {
        ledger.decide(request("r-1", "lisbon-desk", "a1b2", null));

        List<IntakeDecision> answers = List.of(
                ledger.decide(request("r-2", "lisbon-desk", "a1b2", null)),
                ledger.decide(request("r-3", "porto-desk", "c3d4", null)),
                ledger.decide(request("r-4", "lisbon-desk", "e5f6", 1)));

        assertThat(answers)
                .containsExactly(
                        new IntakeDecision(
                                IntakeDecision.SCHEMA_VERSION, "r-2", HARBOUR, Outcome.DUPLICATE, 1, "lisbon-desk"),
                        new IntakeDecision(
                                IntakeDecision.SCHEMA_VERSION, "r-3", HARBOUR, Outcome.NOT_OWNER, 1, "lisbon-desk"),
                        new IntakeDecision(
                                IntakeDecision.SCHEMA_VERSION, "r-4", HARBOUR, Outcome.STALE, 1, "lisbon-desk"));
        assertThat(ledger.ingested()).hasSize(1);
    }

    @Test
    void recordThatIsNoRequestIsSkippedAndTheNextIsDecided() {
        ledger.pipe(HARBOUR.value(), "{\"not\": \"a request\"".getBytes(StandardCharsets.UTF_8), new RecordHeaders());
        ledger.pipe(HARBOUR.value(), "{\"requestId\": \"r-0\"}".getBytes(StandardCharsets.UTF_8), new RecordHeaders());

        assertThat(ledger.decisions()).isEmpty();
        assertThat(ledger.decide(request("r-1", "lisbon-desk", "a1b2", 3)))
                .isEqualTo(new IntakeDecision(
                        IntakeDecision.SCHEMA_VERSION, "r-1", HARBOUR, Outcome.NEW, 3, "lisbon-desk"));
    }

    @Test
    void traceContextOfTheRequestIsCarriedToTheEvent() {
        IntakeRequest request = request("r-1", "lisbon-desk", "a1b2", null);
        RecordHeaders headers = new RecordHeaders(
                StoryRecords.headers(Topics.INTAKE, request.id(), request, "lisbon-desk", TRACE, request.requestId())
                        .toArray());
        String traceparent = "00-" + TRACE + "-00f067aa0ba902b7-01";
        headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        ledger.pipe(HARBOUR.value(), DriverLedger.bytes(request), headers);

        assertThat(header(ledger.ingestedRecords().get(0), "traceparent")).isEqualTo(traceparent);
    }

    private static IntakeRequest request(String requestId, String desk, String hash, Integer version) {
        Story story = new Story(
                "Harbour dredging starts",
                null,
                null,
                List.of(),
                List.of("Dredgers began deepening the harbour mouth."),
                List.of(),
                null,
                null);
        return new IntakeRequest(
                IntakeRequest.SCHEMA_VERSION,
                requestId,
                HARBOUR,
                desk,
                hash,
                version,
                Release.usable(),
                story,
                Instant.parse("2026-12-04T01:00:00Z"),
                TRACE);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
