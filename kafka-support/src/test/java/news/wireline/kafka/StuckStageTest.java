package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import news.wireline.events.Topics;
import news.wireline.local.LocalKafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A record listener, on a real broker with the shared plumbing, whose dependency stays down: the
 * record is retried in place and, past {@code stuck-after}, the stage says so: readiness DOWN, the
 * stuck gauge at 1, an ERROR naming story, topic, partition and offset. Once the dependency is
 * back the record goes through and all of it clears.
 */
@ExtendWith(OutputCaptureExtension.class)
class StuckStageTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static LocalKafkaBroker broker;
    static ConfigurableApplicationContext stage;

    @BeforeAll
    static void start() throws Exception {
        broker = LocalKafkaBroker.start(Files.createTempDirectory("wireline-stuck"));
        stage = new SpringApplicationBuilder(Stage.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "--spring.kafka.consumer.group-id=stuck-stage",
                        "--spring.kafka.consumer.auto-offset-reset=earliest",
                        "--wireline.kafka.partitions=1",
                        "--wireline.kafka.retry-delay=100ms",
                        "--wireline.kafka.outage-max-delay=300ms",
                        "--wireline.kafka.stuck-after=2s",
                        "--wireline.kafka.stuck-alarm-interval=1s",
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        if (stage != null) {
            stage.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aRecordWaitingOnADependencyThatStaysDownIsReportedStuckUntilItGoesThrough(CapturedOutput output)
            throws Exception {
        StuckRecords stuck = stage.getBean(StuckRecords.class);
        Listener listener = stage.getBean(Listener.class);
        MeterRegistry registry = stage.getBean(MeterRegistry.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_NAME, "wl-stuck", "story".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }

        await().atMost(PATIENCE)
                .until(() -> output.toString().contains("story wl-stuck stuck on wireline.stories.raw-0@0 for "));
        assertThat(stuck.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(registry.get(StuckRecords.GAUGE)
                        .tag("topic", Topics.RAW_NAME)
                        .gauge()
                        .value())
                .isEqualTo(1.0);
        assertThat(output)
                .contains("ERROR")
                .contains("the partition goes no further until it succeeds or is dead-lettered:"
                        + " DependencyDown: the feed store is down");
        assertThat(output)
                .contains("story wl-stuck failed on wireline.stories.raw-0@0, attempt 1, failing for 0s:"
                        + " DependencyDown: the feed store is down");
        assertThat(listener.handled).isEmpty();

        listener.down = false;

        await().atMost(PATIENCE).until(() -> listener.handled.contains("wl-stuck"));
        await().atMost(PATIENCE)
                .until(() -> "UP".equals(stuck.health().getStatus().getCode()));
        assertThat(registry.get(StuckRecords.GAUGE)
                        .tag("topic", Topics.RAW_NAME)
                        .gauge()
                        .value())
                .isZero();
        assertThat(output).contains("story wl-stuck on wireline.stories.raw-0@0 is through after");
        assertThat(listener.handled).containsExactly("wl-stuck");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Stage {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        DependencyOutage feedStoreDown() {
            return cause -> cause instanceof DependencyDown;
        }

        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    static class Listener {

        volatile boolean down = true;
        final List<String> handled = new CopyOnWriteArrayList<>();

        @KafkaListener(id = "stuck-stage", topics = Topics.RAW_NAME)
        void on(ConsumerRecord<String, byte[]> record) {
            if (down) {
                throw new DependencyDown();
            }
            handled.add(record.key());
        }
    }

    static class DependencyDown extends RuntimeException {
        DependencyDown() {
            super("the feed store is down");
        }
    }
}
