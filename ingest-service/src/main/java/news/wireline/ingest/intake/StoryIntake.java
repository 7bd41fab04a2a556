package news.wireline.ingest.intake;

import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import news.wireline.ingest.ledger.StoryLedger;
import news.wireline.ingest.ledger.StoryLedger.Claim;
import news.wireline.ingest.parse.StoryParser;
import news.wireline.kafka.StoryEventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What happens to every raw story, whichever door it came in by: parse, identify, drop exact
 * re-sends, and emit the ingested event. Returns only once the broker has the event.
 */
@Service
class StoryIntake {

    private static final Logger log = LoggerFactory.getLogger(StoryIntake.class);

    private final StoryParser parser;
    private final StoryLedger ledger;
    private final StoryEventSender sender;
    private final JsonMapper json;
    private final Clock clock;

    StoryIntake(IngestLimits limits, StoryLedger ledger, StoryEventSender sender, JsonMapper json) {
        this.parser = new StoryParser(limits.maxBytes());
        this.ledger = ledger;
        this.sender = sender;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    IntakeResult accept(RawStory raw) {
        Instant received = clock.instant();
        Story story = parser.parse(raw.body(), raw.contentType());
        StoryId id = raw.storyId() != null ? raw.storyId() : StoryId.derive(raw.desk(), story.headline());
        Claim claim = ledger.claim(id, contentHash(story));
        if (claim.duplicate()) {
            log.info("story {} is an exact re-send of version {}; not emitted again", id, claim.version());
            return new IntakeResult(id, claim.version(), IntakeResult.Status.DUPLICATE);
        }
        StoryIngested event = new StoryIngested(StoryIngested.SCHEMA_VERSION, id, claim.version(), raw.desk(),
                claim.entry().contentHash(), Release.usable(), story, Timeline.receivedAt(received).ingestedAt(clock.instant()));
        try {
            sender.send(Topics.INGESTED, id, event, raw.desk(), raw.traceId());
        } catch (RuntimeException e) {
            ledger.release(claim);
            throw e;
        }
        log.info("ingested story {} version {} from desk {}", id, claim.version(), raw.desk());
        return new IntakeResult(id, claim.version(), IntakeResult.Status.ACCEPTED);
    }

    /** Hashes the parsed story, not the raw bytes: copy that differs only in layout is the same story. */
    private String contentHash(Story story) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(story));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    /** A story as it arrived, before parsing; {@code storyId} is null when the desk named none. */
    record RawStory(byte[] body, String contentType, String desk, StoryId storyId, String traceId) {
    }

    record IntakeResult(StoryId id, int version, Status status) {
        enum Status { ACCEPTED, DUPLICATE }
    }
}
