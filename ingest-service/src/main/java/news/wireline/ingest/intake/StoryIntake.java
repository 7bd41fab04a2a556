package news.wireline.ingest.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.ingest.ledger.StoryLedger;
import news.wireline.ingest.ledger.StoryLedger.Claim;
import news.wireline.ingest.ledger.StoryLedger.Copy;
import news.wireline.ingest.parse.ParsedStory;
import news.wireline.ingest.parse.StoryParser;
import news.wireline.kafka.StoryEventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happens to every raw story, whichever door it came in by: parse, identify, refuse another
 * desk's copy, drop re-sends of any earlier version, refuse stale versions and copy that would
 * bring back a killed story, version, and emit the ingested event. Returns only once the
 * broker has the event.
 */
@Service
class StoryIntake {

    private static final Logger log = LoggerFactory.getLogger(StoryIntake.class);

    private final StoryParser parser;
    private final StoryIdentity identity;
    private final int maxEventBytes;
    private final StoryLedger ledger;
    private final StoryEventSender sender;
    private final JsonMapper json;
    private final IntakeMetrics metrics;
    private final LedgerCatchingUp ledgerCatchingUp;
    private final Clock clock = Clock.systemUTC();
    private final Object[] storyLocks = newLocks(256);

    StoryIntake(
            IngestLimits limits,
            StoryIdentity identity,
            StoryLedger ledger,
            LedgerCatchingUp ledgerCatchingUp,
            StoryEventSender sender,
            JsonMapper json,
            IntakeMetrics metrics) {
        this.parser = new StoryParser(limits.maxBytes());
        this.identity = identity;
        this.maxEventBytes = limits.maxEvent();
        this.ledger = ledger;
        this.ledgerCatchingUp = ledgerCatchingUp;
        this.sender = sender;
        this.json = json;
        this.metrics = metrics;
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
        ledgerCatchingUp.requireCaughtUp();
        ParsedStory parsed = parser.read(raw.body(), raw.contentType());
        StoryId id = identity.of(raw.storyId(), raw.desk(), parsed);
        String contentHash = contentHash(parsed);
        // Two versions of one story sent at once must reach the topic in the order they were claimed,
        // or version 1 would land after version 2 and publish would find it stale.
        synchronized (storyLocks[Math.floorMod(id.hashCode(), storyLocks.length)]) {
            Claim claim = ledger.claim(
                    id,
                    new Copy(
                            raw.desk(),
                            contentHash,
                            parsed.version(),
                            parsed.release().isWithdrawn()));
            switch (claim.outcome()) {
                case DUPLICATE -> {
                    log.info("story {} is an exact re-send of version {}; not emitted again", id, claim.version());
                    return new IntakeResult(id, claim.version(), IntakeResult.Status.DUPLICATE);
                }
                case NOT_OWNER ->
                    throw new StoryRejectedException(
                            RejectCode.NOT_OWNER,
                            "id",
                            "story " + id + " belongs to desk " + claim.owner() + ", which sent it first; desk "
                                    + raw.desk()
                                    + " may not send versions, corrections or kills of it. Send your own story under an id of your own.");
                case STALE ->
                    throw new StoryRejectedException(
                            RejectCode.STALE_VERSION,
                            "version",
                            "story " + id + " is already at version " + claim.version() + "; version "
                                    + parsed.version() + " would undo it. Send a higher version.");
                case KILLED ->
                    throw new StoryRejectedException(
                            RejectCode.KILLED,
                            "version",
                            "story " + id + " was killed at version " + claim.version()
                                    + "; copy without a version does not"
                                    + " bring it back. To reinstate it, send it with version " + (claim.version() + 1)
                                    + " or higher (ninjs \"version\" or NewsML-G2 @version, with this id).");
                case NEW -> emit(raw, parsed, id, claim, contentHash, received);
            }
            return new IntakeResult(id, claim.version(), IntakeResult.Status.ACCEPTED);
        }
    }

    private void emit(RawStory raw, ParsedStory parsed, StoryId id, Claim claim, String contentHash, Instant received) {
        StoryIngested event = new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                id,
                claim.version(),
                raw.desk(),
                contentHash,
                parsed.release(),
                parsed.story(),
                Timeline.receivedAt(received).ingestedAt(clock.instant()),
                claim.earlierVersions());
        try {
            requireFitsTheTopic(event);
            sender.send(Topics.INGESTED, id, event, raw.desk(), raw.traceId());
        } catch (RuntimeException e) {
            ledger.release(claim);
            throw e;
        }
        log.info(
                "ingested story {} version {} ({}) from desk {}",
                id,
                claim.version(),
                parsed.release().status(),
                raw.desk());
    }

    /** Serialized as the sender will write it; see {@link IngestLimits#maxEventBytes} for the arithmetic. */
    private void requireFitsTheTopic(StoryIngested event) {
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

    private static Object[] newLocks(int count) {
        Object[] locks = new Object[count];
        Arrays.setAll(locks, i -> new Object());
        return locks;
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
     * {@code door} is how it came in, {@code http} or {@code kafka}.
     */
    record RawStory(byte[] body, String contentType, String desk, StoryId storyId, String traceId, String door) {}

    record IntakeResult(StoryId id, int version, Status status) {
        enum Status {
            ACCEPTED,
            DUPLICATE
        }
    }
}
