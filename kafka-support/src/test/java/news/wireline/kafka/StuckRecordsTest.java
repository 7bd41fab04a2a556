package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import news.wireline.events.Topics;
import news.wireline.local.BoundSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class StuckRecordsTest {

    static final String STUCK_LINE = "story wl-strike stuck on wireline.stories.enriched-2@41";

    final MovingClock clock = new MovingClock();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final StuckRecords stuck =
            new StuckRecords(BoundSettings.of(WirelineKafkaSettings.class, "retention=1d"), registry, clock);
    final Exception databaseDown =
            new IllegalStateException("could not store", new SQLException("Connection refused", "08001"));

    @Test
    void eachFailedAttemptIsAWarningNamingTheStoryAndCause(CapturedOutput output) {
        stuck.failed(record(41), databaseDown);
        clock.advance(Duration.ofSeconds(5));
        stuck.failed(record(41), databaseDown);

        assertThat(output)
                .contains("story wl-strike failed on wireline.stories.enriched-2@41, attempt 1, failing for 0s:"
                        + " SQLSTATE 08001: SQLException: Connection refused");
        assertThat(output)
                .contains("story wl-strike failed on wireline.stories.enriched-2@41, attempt 2, failing for 5s");
        assertThat(readiness()).isEqualTo("UP");
    }

    @Test
    void aRecordFailingPastStuckAfterTurnsReadinessDownCountsInTheGaugeAndRepeatsAnErrorUntilItIsThrough(
            CapturedOutput output) {
        stuck.failed(record(41), databaseDown);
        clock.advance(Duration.ofSeconds(119));
        stuck.check();
        assertThat(readiness()).isEqualTo("UP");
        assertThat(gauge()).isZero();
        assertThat(output).doesNotContain(STUCK_LINE);

        clock.advance(Duration.ofSeconds(1));
        stuck.failed(record(41), databaseDown);
        stuck.check();
        assertThat(readiness()).isEqualTo("DOWN");
        assertThat(stuck.health().getDetails())
                .containsEntry(
                        "wireline.stories.enriched-2",
                        "story wl-strike at offset 41, failing for 120s: SQLSTATE 08001: SQLException: Connection refused");
        assertThat(gauge()).isEqualTo(1.0);
        assertThat(output)
                .contains("ERROR")
                .contains(STUCK_LINE + " for 120s after 2 attempts; the partition goes no further"
                        + " until it succeeds or is dead-lettered: SQLSTATE 08001: SQLException: Connection refused");

        clock.advance(Duration.ofSeconds(29));
        stuck.check();
        assertThat(occurrences(output.toString(), STUCK_LINE)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        stuck.check();
        assertThat(occurrences(output.toString(), STUCK_LINE)).isEqualTo(2);

        stuck.cleared(record(41));
        assertThat(readiness()).isEqualTo("UP");
        assertThat(gauge()).isZero();
        assertThat(output)
                .contains("story wl-strike on wireline.stories.enriched-2@41 is through after 150s and 2 attempts");
    }

    @Test
    void theEarlierRecordsOfARedeliveredPollDoNotClearTheOneThatFailsAfterThem() {
        stuck.failed(record(41), databaseDown);
        clock.advance(Duration.ofMinutes(1));
        stuck.cleared(record(40));
        stuck.failed(record(41), databaseDown);
        clock.advance(Duration.ofMinutes(1));

        assertThat(readiness()).isEqualTo("DOWN");

        stuck.cleared(record(41));
        assertThat(readiness()).isEqualTo("UP");
    }

    @Test
    void aRecordThatWasDeadLetteredIsThroughToo() {
        stuck.failed(record(41), databaseDown);
        clock.advance(Duration.ofMinutes(3));

        stuck.recovered(record(41), databaseDown);

        assertThat(readiness()).isEqualTo("UP");
    }

    @Test
    void aPartitionHandedToAnotherInstanceIsNoLongerReportedHere() {
        stuck.failed(record(41), databaseDown);
        clock.advance(Duration.ofMinutes(3));

        stuck.forget(java.util.List.of(new org.apache.kafka.common.TopicPartition(Topics.ENRICHED_NAME, 2)));

        assertThat(readiness()).isEqualTo("UP");
        assertThat(gauge()).isZero();
    }

    private String readiness() {
        return stuck.health().getStatus().getCode();
    }

    private double gauge() {
        return registry.get(StuckRecords.GAUGE)
                .tag("topic", Topics.ENRICHED_NAME)
                .gauge()
                .value();
    }

    private static ConsumerRecord<String, String> record(long offset) {
        return new ConsumerRecord<>(Topics.ENRICHED_NAME, 2, offset, "wl-strike", "{}");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** Time that moves only when the test says. */
    static class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T19:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
