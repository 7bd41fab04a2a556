package news.wireline.ingest.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import news.wireline.events.IntakeDecision;
import news.wireline.events.IntakeRequest;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Timeline;
import news.wireline.ingest.access.DeskAccessSettings;
import news.wireline.ingest.ledger.Ledger;
import news.wireline.ingest.ledger.LedgerClient;
import news.wireline.ingest.parse.ParsedStory;
import news.wireline.ingest.parse.StoryParser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happens to every raw story, whichever door it came in by: parse, identify and hash it
 * here, then hand it to the owner of its story's partition (see {@link LedgerClient}), which
 * refuses another desk's copy, drops re-sends of any earlier version, refuses stale versions and
 * copy that would bring back a killed story, versions it and emits the ingested event. Returns
 * only once that decision, and with it the event, is committed.
 */
@Service
class StoryIntake {

    private static final Logger log = LoggerFactory.getLogger(StoryIntake.class);

    private final StoryParser parser;
    /** The desks that count ninjs versions from "0", whichever door their stories come in by. */
    private final Set<String> versionsFromZero;

    private final StoryIdentity identity;
    private final int maxEventBytes;
    private final Ledger ledger;
    private final JsonMapper json;
    private final IntakeMetrics metrics;
    private final Clock clock;

    StoryIntake(
            IngestLimitSettings limits,
            StoryIdentity identity,
            Ledger ledger,
            JsonMapper json,
            IntakeMetrics metrics,
            DeskAccessSettings access,
            Clock clock) {
        this.parser = new StoryParser(limits.maxBytes());
        this.versionsFromZero = access.desks().stream()
                .filter(DeskAccessSettings.Desk::versionsFromZero)
                .map(DeskAccessSettings.Desk::name)
                .collect(Collectors.toUnmodifiableSet());
        this.identity = identity;
        this.maxEventBytes = limits.maxEvent();
        this.ledger = ledger;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    IntakeResult accept(RawStory raw) {
        try {
            IntakeResult result = ingest(raw);
            if (result.status() == IntakeResult.Status.ACCEPTED) {
                metrics.accepted(raw.door());
            } else {
                metrics.duplicate(raw.door());
            }
            return result;
        } catch (StoryRejectedException e) {
            metrics.rejected(raw.door(), e.code());
            throw e;
        }
    }

    private IntakeResult ingest(RawStory raw) {
        Instant received = clock.instant();
        ParsedStory parsed = parser.read(raw.body(), raw.contentType(), versionsFromZero.contains(raw.desk()));
        StoryId id = identity.of(raw.storyId(), raw.desk(), parsed);
        IntakeRequest request = new IntakeRequest(
                IntakeRequest.SCHEMA_VERSION,
                LedgerClient.newRequestId(),
                id,
                raw.desk(),
                contentHash(parsed),
                parsed.version(),
                parsed.release(),
                parsed.story(),
                received,
                raw.traceId());
        requireFitsTheTopic(request);
        IntakeDecision decision = ledger.decide(request);
        switch (decision.outcome()) {
            case NEW -> {
                return new IntakeResult(id, decision.version(), IntakeResult.Status.ACCEPTED);
            }
            case DUPLICATE -> {
                log.info("story {} is an exact re-send of version {}; not emitted again", id, decision.version());
                return new IntakeResult(id, decision.version(), IntakeResult.Status.DUPLICATE);
            }
            case NOT_OWNER ->
                throw new StoryRejectedException(
                        RejectCode.NOT_OWNER,
                        "id",
                        "story " + id + " belongs to desk " + decision.owner() + ", which sent it first; desk "
                                + raw.desk()
                                + " may not send versions, corrections or kills of it. Send your own story under an id of your own.");
            case STALE ->
                throw new StoryRejectedException(
                        RejectCode.STALE_VERSION,
                        "version",
                        "story " + id + " is already at version " + decision.version() + "; version " + parsed.version()
                                + " would undo it. Send a higher version.");
            case KILLED ->
                throw new StoryRejectedException(
                        RejectCode.KILLED,
                        "version",
                        "story " + id + " was killed at version " + decision.version()
                                + "; copy without a version does not"
                                + " bring it back. To reinstate it, send it with version " + (decision.version() + 1)
                                + " or higher (ninjs \"version\" or NewsML-G2 @version, with this id).");
        }
        throw new IllegalStateException("no answer for outcome " + decision.outcome());
    }

    /**
     * Measured as the event will be written, but for the earlier versions it will name, which the
     * decider adds (under 11 KB, see {@link StoryIngested#MAX_EARLIER_VERSIONS}) and the topic's
     * limit leaves room for; see {@link IngestLimitSettings#maxEventBytes} for the arithmetic.
     */
    private void requireFitsTheTopic(IntakeRequest request) {
        StoryIngested event = new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                request.id(),
                request.requestedVersion() == null ? 1 : request.requestedVersion(),
                request.desk(),
                request.contentHash(),
                request.release(),
                request.story(),
                Timeline.receivedAt(request.received()).ingestedAt(request.received()));
        int bytes = json.writeValueAsBytes(event).length;
        if (bytes > maxEventBytes) {
            throw new StoryRejectedException(
                    RejectCode.TOO_LARGE,
                    "body",
                    String.format(
                            Locale.ROOT,
                            "story %s would be %,d bytes once written as an event; the limit is %,d bytes."
                                    + " Quotes and backslashes count twice: send a shorter story or split it.",
                            event.id(),
                            bytes,
                            maxEventBytes));
        }
    }

    /** Hashes what was parsed, not the raw bytes: copy that differs only in layout is the same story. */
    private String contentHash(ParsedStory parsed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(json.writeValueAsBytes(parsed.release()));
            return HexFormat.of().formatHex(sha.digest(json.writeValueAsBytes(parsed.story())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    /**
     * A story as it arrived, before parsing; {@code storyId} is null when the sender named none.
     * {@code door} is how it came in.
     */
    record RawStory(
            byte[] body,
            @Nullable String contentType,
            String desk,
            @Nullable StoryId storyId,
            String traceId,
            Door door) {}

    record IntakeResult(StoryId id, int version, Status status) {
        enum Status {
            ACCEPTED,
            DUPLICATE
        }
    }
}
