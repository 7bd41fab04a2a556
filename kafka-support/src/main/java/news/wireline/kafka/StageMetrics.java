package news.wireline.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Times every record a stage handles, by the topic it came from and how it ended, so each stage
 * reports stories in, failures and processing latency without any listener doing it by hand.
 */
class StageMetrics implements RecordInterceptor<Object, Object> {

    static final String PROCESSING = "wireline.stage.processing";

    private final MeterRegistry registry;
    private final ThreadLocal<Timer.Sample> current = new ThreadLocal<>();

    StageMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(
            ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        current.set(Timer.start(registry));
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        stop(record, StageOutcome.SUCCESS);
    }

    @Override
    public void failure(ConsumerRecord<Object, Object> record, Exception exception, Consumer<Object, Object> consumer) {
        stop(record, StageOutcome.FAILURE);
    }

    private void stop(ConsumerRecord<Object, Object> record, StageOutcome outcome) {
        Timer.Sample sample = current.get();
        current.remove();
        if (sample != null) {
            sample.stop(Timer.builder(PROCESSING)
                    .description("Time a stage spends on one record")
                    .tag("topic", record.topic())
                    .tag("outcome", outcome.tag())
                    .publishPercentileHistogram()
                    .register(registry));
        }
    }
}
