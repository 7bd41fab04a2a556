package news.wireline.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the pipeline's topics are created and how failed records are retried before they are
 * dead-lettered.
 *
 * @param partitions partitions per topic; the most instances of one service that share its work
 * @param replicas   replication factor; 1 on a single local broker, 3 in production
 * @param retries    attempts after the first for a record that fails with a transient error
 * @param retryDelay pause between those attempts, and the first pause while a dependency is down
 * @param outageMaxDelay the longest pause between attempts while a dependency is down (see {@link DependencyOutage})
 * @param retention  how long the raw, published and dead-letter topics keep records
 * @param lagInterval how often the consumer group's lag is read from the broker for metrics
 * @param maxEventBytes the largest event a stage writes, key and headers included; a story that
 *                   makes a larger one is dead-lettered. Kept under the broker's 1 MiB
 *                   {@code message.max.bytes} and the producer's {@code max.request.size}, with
 *                   room for the batch's own framing
 * @param stuckAfter how long a record may keep failing, waiting out an outage or redelivered after
 *                   rollbacks, before its stage reports itself stuck (see {@link StuckRecords})
 * @param stuckAlarmInterval how often the ERROR line about a stuck record is repeated while it lasts
 */
@ConfigurationProperties("wireline.kafka")
public record WirelineKafkaSettings(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("3") int retries,
        @DefaultValue("500ms") Duration retryDelay,
        @DefaultValue("5s") Duration outageMaxDelay,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("10s") Duration lagInterval,
        @DefaultValue("1000000") int maxEventBytes,
        @DefaultValue("2m") Duration stuckAfter,
        @DefaultValue("30s") Duration stuckAlarmInterval) {}
