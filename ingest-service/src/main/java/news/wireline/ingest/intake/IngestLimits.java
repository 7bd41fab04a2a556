package news.wireline.ingest.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxStoryBytes the largest raw story accepted. 512 KB is far above any wire story and
 *                      keeps every event below Kafka's default 1 MB record limit after enrichment.
 * @param defaultDesk   the desk stamped on stories that name none
 */
@ConfigurationProperties("wireline.ingest")
public record IngestLimits(@DefaultValue("512KB") DataSize maxStoryBytes, @DefaultValue("unnamed-desk") String defaultDesk) {

    public int maxBytes() {
        return (int) maxStoryBytes.toBytes();
    }
}
