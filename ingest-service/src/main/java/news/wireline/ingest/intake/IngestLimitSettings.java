package news.wireline.ingest.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The byte limits of ingest; the limits of each story field are the parser's {@code FieldLimits}.
 *
 * @param maxStoryBytes the largest raw story accepted. 512 KB is far above any wire story.
 * @param maxBatchBytes the largest NDJSON batch accepted in one request
 * @param maxEventBytes the largest ingested event written, as JSON. A story under
 *                      {@code maxStoryBytes} can still grow when it is written: every {@code "}
 *                      and {@code \} of page text doubles when JSON-escaped, so 512 KB of quotes
 *                      would be a 1 MB event. Kafka's producer and broker refuse a record over
 *                      1,048,576 bytes by default; enrich adds at most 100 tags of at most 100
 *                      characters (under 50 KB) and 5 related links (under 20 KB), and headers
 *                      stay under 1 KB, so a 600,000-byte ingested event (its
 *                      {@code earlierVersions}, under 11 KB, included) leaves its enriched
 *                      event a third of the record limit to spare.
 */
@ConfigurationProperties("wireline.ingest.limits")
public record IngestLimitSettings(
        @DefaultValue("512KB") DataSize maxStoryBytes,
        @DefaultValue("8MB") DataSize maxBatchBytes,
        @DefaultValue("600000B") DataSize maxEventBytes) {

    public int maxBytes() {
        return (int) maxStoryBytes.toBytes();
    }

    public int maxBatch() {
        return (int) maxBatchBytes.toBytes();
    }

    public int maxEvent() {
        return (int) maxEventBytes.toBytes();
    }
}
