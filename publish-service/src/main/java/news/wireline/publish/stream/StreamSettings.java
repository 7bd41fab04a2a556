package news.wireline.publish.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the stream looks for newly sent events; with the relay's interval, how late a push can be
 * @param heartbeat    a comment is sent after this long without events, so proxies keep the connection and dead readers are noticed
 * @param timeout      a stream is closed after this long; the reader's EventSource reconnects with Last-Event-ID and misses nothing
 * @param batchSize    the most events read from the log per poll
 */
@ConfigurationProperties("wireline.publish.stream")
record StreamSettings(
        @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("500") int batchSize) {}
