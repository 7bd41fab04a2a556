package news.wireline.publish.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for unsent events; the most a reader waits for a change to be announced
 * @param batchSize    the most events one relay round sends
 * @param retention    how long sent events are kept: the live stream replays this far back to a reconnecting reader
 */
@ConfigurationProperties("wireline.publish.outbox")
record RelaySettings(
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("7d") Duration retention) {}
