package news.wireline.enrich.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param startupPatience the longest the first story waits for the corpus to be rebuilt from the
 *                        enriched topic; after that it is enriched against what has been read, with a warning
 */
@ConfigurationProperties("wireline.enrich")
public record IntakeSettings(@DefaultValue("2m") Duration startupPatience) {}
