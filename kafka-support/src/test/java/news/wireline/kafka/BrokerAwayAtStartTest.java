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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import news.wireline.events.Topics;
import news.wireline.local.FreePorts;
import news.wireline.local.LocalKafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
 * A service started while its broker is away for longer than a minute waits for it, saying so,
 * rather than failing its start; once the broker is up it creates its topics and consumes.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokerAwayAtStartTest {

    static final Duration AWAY = Duration.ofSeconds(65);
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aServiceStartedWhileItsBrokerIsAwayWaitsForItAndThenConsumes(CapturedOutput output) throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        CompletableFuture<ConfigurableApplicationContext> starting =
                CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(Stage.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--spring.kafka.bootstrap-servers=127.0.0.1:" + port,
                                "--spring.kafka.consumer.group-id=broker-away",
                                "--spring.kafka.consumer.auto-offset-reset=earliest",
                                "--spring.kafka.admin.fail-fast=true",
                                "--wireline.kafka.partitions=1",
                                "--spring.main.banner-mode=off"));

        Thread.sleep(AWAY.toMillis());
        assertThat(starting).as("still waiting for the broker, not failed").isNotDone();
        assertThat(output).contains("broker 127.0.0.1:" + port + " did not answer (attempt 1)");

        try (LocalKafkaBroker broker =
                        LocalKafkaBroker.start(Files.createTempDirectory("wireline-away"), port, controllerPort);
                ConfigurableApplicationContext stage = starting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(
                                Topics.RAW_NAME, "wl-after-wait", "story".getBytes(StandardCharsets.UTF_8)))
                        .get();
            }
            Listener listener = stage.getBean(Listener.class);
            await().atMost(PATIENCE).until(() -> listener.handled.contains("wl-after-wait"));
            assertThat(listener.handled).containsExactly("wl-after-wait");
            assertThat(output)
                    .containsPattern("broker 127\\.0\\.0\\.1:" + port + " answered at attempt \\d+; starting");
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Stage {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    static class Listener {

        final List<String> handled = new CopyOnWriteArrayList<>();

        @KafkaListener(id = "broker-away", topics = Topics.RAW_NAME)
        void on(ConsumerRecord<String, byte[]> record) {
            handled.add(record.key());
        }
    }
}
