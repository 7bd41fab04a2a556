package news.wireline.publish.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param pollInterval   how often the stream looks for newly sent events; with the relay's interval, how late a push can be
 * @param heartbeat      a comment is sent after this long without events, so proxies keep the connection; a stream that has
 *                       taken nothing queued for this long is cut as stalled
 * @param timeout        a stream is closed after this long; the reader's EventSource reconnects with Last-Event-ID and misses nothing
 * @param batchSize      the most events read from the log per poll, and per page of a reader catching up
 * @param maxStreams     open streams this instance serves; one more is answered 503 with Retry-After, before any
 *                       connection the feed and the pages need is taken by streams
 * @param queueSize      events waiting for one reader; a reader with more waiting is cut, so it costs at most this much memory
 * @param retryAfter     what a refused reader is told to wait
 * @param catchUpThreads readers resuming from far back read the log on these, never on the live fan-out's thread
 * @param sendBuffer     each connection's socket send buffer (SO_SNDBUF), or null for the system's, which grows to
 *                       megabytes: what a reader that stopped reading can hold in the kernel before it is seen to stall
 */
@ConfigurationProperties("wireline.publish.stream")
record StreamSettings(
        @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("500") int batchSize,
        @DefaultValue("5000") int maxStreams,
        @DefaultValue("1000") int queueSize,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue("2") int catchUpThreads,
        DataSize sendBuffer) {}
