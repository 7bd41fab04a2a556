package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics;
import news.wireline.local.BoundSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.CompositeRecordInterceptor;
import org.springframework.kafka.support.converter.ConversionException;

class BatchRecordsTest {

    static final int RETRIES = 2;

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final List<String> deadLettered = new ArrayList<>();
    final List<String> emitted = new ArrayList<>();
    final Map<String, Integer> attempts = new HashMap<>();
    final MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
    final WirelineKafkaSettings settings = BoundSettings.of(
            WirelineKafkaSettings.class, "retries=" + RETRIES, "retry-delay=0s", "outage-max-delay=0s", "retention=1d");
    final StuckRecords stuck = new StuckRecords(settings, registry, Clock.systemUTC());
    final BatchRecords batch = new BatchRecords(
            ObservationRegistry.NOOP,
            (record, from, failure) -> deadLettered.add(record.key() + ": " + failure.getMessage()),
            new CompositeRecordInterceptor<>(
                    new StoryLogContext(), new StageMetrics(registry), stuck.clearedOnSuccess()),
            new Failures(
                    List.of(failure -> failure instanceof DatabaseDown),
                    List.of(failure -> failure instanceof RefusedByStore)),
            stuck,
            settings);

    @Test
    void deadLettersUnreadableAndRejectedRecordsAtOnceAndGoesOnWithThePoll() throws Exception {
        handle(List.of("unreadable", "wl-1", "rejected", "wl-2"), value -> switch (value) {
            case "unreadable" -> throw new ConversionException("Failed to convert from JSON", null);
            case "rejected" -> throw new StoryRejectedException(RejectCode.MISSING_FIELD, "headline", "no headline");
            default -> value;
        });

        assertThat(emitted).containsExactly("wl-1", "wl-2");
        assertThat(deadLettered).containsExactly("unreadable: Failed to convert from JSON", "rejected: no headline");
        assertThat(attempts).containsEntry("unreadable", 1).containsEntry("rejected", 1);
        assertThat(registry.get(StageMetrics.PROCESSING)
                        .tag("outcome", "success")
                        .timer()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get(StageMetrics.PROCESSING)
                        .tag("outcome", "failure")
                        .timer()
                        .count())
                .isEqualTo(2);
    }

    @Test
    void retriesARecordThatKeepsFailingThenDeadLettersIt() throws Exception {
        handle(List.of("broken", "wl-1"), value -> {
            if (value.equals("broken")) {
                throw new IllegalStateException("cannot enrich");
            }
            return value;
        });

        assertThat(attempts).containsEntry("broken", 1 + RETRIES);
        assertThat(deadLettered).containsExactly("broken: cannot enrich");
        assertThat(emitted).containsExactly("wl-1");
    }

    @Test
    void emitsARecordThatSucceedsOnItsRetry() throws Exception {
        handle(List.of("flaky"), value -> {
            if (attempts.get(value) == 1) {
                throw new IllegalStateException("once");
            }
            return value;
        });

        assertThat(emitted).containsExactly("flaky");
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void anOutageFailsThePollWithoutDeadLetteringOrGoingOn() {
        assertThatThrownBy(() -> handle(List.of("wl-1", "wl-2", "wl-3"), value -> {
                    if (value.equals("wl-2")) {
                        throw new IllegalStateException("write failed", new DatabaseDown());
                    }
                    return value;
                }))
                .hasRootCauseInstanceOf(DatabaseDown.class);

        assertThat(attempts).containsOnlyKeys("wl-1", "wl-2").containsEntry("wl-2", 1);
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aFailedEmitFailsThePollWithoutRetryingOrDeadLettering() {
        List<ConsumerRecord<String, String>> records = records(List.of("wl-1", "wl-2"));

        assertThatThrownBy(() -> batch.handleEach(records, consumer, record -> record.value(), (record, value) -> {
                    throw new IllegalStateException("broker unreachable");
                }))
                .hasMessage("broker unreachable");

        assertThat(deadLettered).isEmpty();
        assertThat(registry.get(StageMetrics.PROCESSING)
                        .tag("outcome", "failure")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aRecordTheStoreRefusesIsDeadLetteredAtOnceEvenWhenTheFailureAlsoLooksLikeAnOutage() throws Exception {
        handle(List.of("wl-1", "refused", "wl-2"), value -> {
            if (value.equals("refused")) {
                throw new DatabaseDown(new RefusedByStore("index row size 3016 exceeds maximum 2704"));
            }
            return value;
        });

        assertThat(attempts).containsEntry("refused", 1);
        assertThat(deadLettered).containsExactly("refused: database down");
        assertThat(emitted).containsExactly("wl-1", "wl-2");
    }

    @Test
    void anEventTooLargeToWriteIsDeadLetteredAndThePollGoesOn() throws Exception {
        batch.handleEach(
                records(List.of("wl-1", "huge", "wl-2")), consumer, record -> record.value(), (record, value) -> {
                    if (value.equals("huge")) {
                        throw new StoryEventSender.EventTooLargeException("story huge makes a 2000000-byte event");
                    }
                    emitted.add(value);
                });

        assertThat(deadLettered).containsExactly("huge: story huge makes a 2000000-byte event");
        assertThat(emitted).containsExactly("wl-1", "wl-2");
        assertThat(stuck.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void aRecordWhoseOutageRollsThePollBackStaysStuckThroughRedeliveriesUntilItIsEmitted() throws Exception {
        StuckRecords alarm = new StuckRecords(
                BoundSettings.of(
                        WirelineKafkaSettings.class,
                        "retries=" + RETRIES,
                        "retry-delay=0s",
                        "outage-max-delay=0s",
                        "retention=1d",
                        "stuck-after=0s"),
                registry,
                Clock.systemUTC());
        BatchRecords alarmed = new BatchRecords(
                ObservationRegistry.NOOP,
                (record, from, failure) -> deadLettered.add(String.valueOf(record.key())),
                new CompositeRecordInterceptor<>(alarm.clearedOnSuccess()),
                new Failures(List.of(failure -> failure instanceof DatabaseDown), List.of()),
                alarm,
                settings);
        boolean[] down = {true};
        Function<ConsumerRecord<String, String>, String> process = record -> {
            if (down[0] && record.value().equals("wl-2")) {
                throw new DatabaseDown();
            }
            return record.value();
        };

        assertThatThrownBy(() ->
                        alarmed.handleEach(records(List.of("wl-1", "wl-2")), consumer, process, (record, value) -> {}))
                .isInstanceOf(DatabaseDown.class);
        assertThat(alarm.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThatThrownBy(() ->
                        alarmed.handleEach(records(List.of("wl-1", "wl-2")), consumer, process, (record, value) -> {}))
                .isInstanceOf(DatabaseDown.class);
        assertThat(alarm.health().getDetails()).containsOnlyKeys(Topics.INGESTED_NAME + "-0");
        assertThat((String) alarm.health().getDetails().get(Topics.INGESTED_NAME + "-0"))
                .startsWith("story wl-2 at offset 1,");

        down[0] = false;
        alarmed.handleEach(records(List.of("wl-1", "wl-2")), consumer, process, (record, value) -> emitted.add(value));

        assertThat(alarm.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(emitted).containsExactly("wl-1", "wl-2");
        assertThat(deadLettered).isEmpty();
    }

    private void handle(List<String> values, Function<String, String> process) throws InterruptedException {
        batch.handleEach(
                records(values),
                consumer,
                record -> {
                    attempts.merge(record.value(), 1, Integer::sum);
                    return process.apply(record.value());
                },
                (record, value) -> emitted.add(value));
    }

    private static List<ConsumerRecord<String, String>> records(List<String> values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String value : values) {
            records.add(new ConsumerRecord<>(Topics.INGESTED_NAME, 0, records.size(), value, value));
        }
        return records;
    }

    static class DatabaseDown extends RuntimeException {
        DatabaseDown() {}

        DatabaseDown(Throwable cause) {
            super("database down", cause);
        }
    }

    static class RefusedByStore extends RuntimeException {
        RefusedByStore(String message) {
            super(message);
        }
    }
}
