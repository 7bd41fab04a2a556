package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import news.wireline.events.StoryId;
import news.wireline.events.StoryPublished;
import news.wireline.events.Timeline;
import news.wireline.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class StageMetricsTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void eachHandledRecordIsTimedByTopicAndOutcome() {
        StageMetrics metrics = new StageMetrics(registry);
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>(Topics.INGESTED_NAME, 0, 1L, "wl-1", new byte[0]);

        metrics.success(metrics.intercept(record, null), null);
        metrics.success(metrics.intercept(record, null), null);
        metrics.failure(metrics.intercept(record, null), new IllegalStateException(), null);

        assertThat(registry.get(StageMetrics.PROCESSING)
                        .tag("topic", Topics.INGESTED_NAME)
                        .tag("outcome", "success")
                        .timer()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get(StageMetrics.PROCESSING)
                        .tag("outcome", "failure")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void publishedStoryRecordsItsAgeFromReceivedToPublished() {
        SentEventMetrics metrics = new SentEventMetrics(registry);
        Instant received = Instant.parse("2026-11-25T10:00:00Z");
        StoryPublished published = new StoryPublished(
                StoryPublished.SCHEMA_VERSION,
                StoryId.of("wl-1"),
                1,
                StoryPublished.ChangeType.PUBLISHED,
                5,
                "Headline",
                null,
                "http://feed/stories/wl-1",
                List.of(),
                Timeline.receivedAt(received).publishedAt(received.plusMillis(1500)),
                null,
                null);

        metrics.onSuccess(new ProducerRecord<>(Topics.PUBLISHED_NAME, "wl-1", published), null);
        metrics.onSuccess(new ProducerRecord<>(Topics.ENRICHED_NAME, "wl-2", "not a published event"), null);

        assertThat(registry.get(SentEventMetrics.STORY_AGE).timer().count()).isEqualTo(1);
        assertThat(registry.get(SentEventMetrics.STORY_AGE).timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(1500);
        assertThat(registry.get(SentEventMetrics.SENT)
                        .tag("topic", Topics.ENRICHED_NAME)
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void failedWriteIsCountedAsAFailure() {
        SentEventMetrics metrics = new SentEventMetrics(registry);

        metrics.onError(
                new ProducerRecord<>(Topics.INGESTED_NAME, "wl-1", "x"), null, new RuntimeException("broker down"));

        assertThat(registry.get(SentEventMetrics.SENT)
                        .tag("outcome", "failure")
                        .counter()
                        .count())
                .isEqualTo(1);
    }
}
