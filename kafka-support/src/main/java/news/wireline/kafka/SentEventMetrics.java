package news.wireline.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import news.wireline.events.StoryPublished;
import news.wireline.events.Timeline;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.ProducerListener;

/**
 * Counts what each stage writes, per topic, and how old a story is when it is published: the time
 * from a desk handing it in to readers seeing it, the figure a newsroom cares about most.
 */
public class SentEventMetrics implements ProducerListener<Object, Object> {

    static final String SENT = "wireline.stage.sent";
    static final String STORY_AGE = "wireline.story.age";

    private static final Logger log = LoggerFactory.getLogger(SentEventMetrics.class);

    private final MeterRegistry registry;

    SentEventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
        sent(record, StageOutcome.SUCCESS);
        if (record.value() instanceof StoryPublished published
                && published.timeline().published() != null) {
            Timeline timeline = published.timeline();
            Timer.builder(STORY_AGE)
                    .description("From a desk handing a story in to its publication")
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(Duration.between(timeline.received(), timeline.published()));
        }
    }

    @Override
    public void onError(ProducerRecord<Object, Object> record, @Nullable RecordMetadata metadata, Exception exception) {
        sent(record, StageOutcome.FAILURE);
        log.error("could not write record with key {} to {}", record.key(), record.topic(), exception);
    }

    private void sent(ProducerRecord<Object, Object> record, StageOutcome outcome) {
        sent(registry, record.topic(), outcome);
    }

    /** For writers that do not go through the template (Kafka Streams): one record written to {@code topic}. */
    public static void sent(MeterRegistry registry, String topic, StageOutcome outcome) {
        Counter.builder(SENT)
                .description("Records a stage wrote")
                .tag("topic", topic)
                .tag("outcome", outcome.tag())
                .register(registry)
                .increment();
    }
}
