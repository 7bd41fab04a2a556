package news.wireline.ingest.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxStoryBytes the largest raw story accepted. 512 KB is far above any wire story and
 *                      keeps every event below Kafka's default 1 MB record limit after enrichment.
 * @param maxBatchBytes the largest NDJSON batch accepted in one request
 */
@ConfigurationProperties("wireline.ingest.limits")
public record IngestLimits(@DefaultValue("512KB") DataSize maxStoryBytes, @DefaultValue("8MB") DataSize maxBatchBytes) {

    public int maxBytes() {
        return (int) maxStoryBytes.toBytes();
    }

    public int maxBatch() {
        return (int) maxBatchBytes.toBytes();
    }
}
