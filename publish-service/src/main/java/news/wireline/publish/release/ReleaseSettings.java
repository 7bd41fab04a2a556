package news.wireline.publish.release;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often due embargoes are looked for: the most a story can appear after its embargo time
 * @param batchSize    the most stories one round releases; a round that releases that many is followed at once by another
 */
@ConfigurationProperties("wireline.publish.release")
record ReleaseSettings(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("100") int batchSize) {}
