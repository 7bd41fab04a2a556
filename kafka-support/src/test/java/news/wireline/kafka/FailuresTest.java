package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutionException;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.kafka.Failures.Kind;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.converter.ConversionException;

class FailuresTest {

    final Failures failures = new Failures(
            List.of(cause -> cause instanceof DatabaseDown), List.of(cause -> cause instanceof RefusedValue));

    @Test
    void whatNoRetryCanCureIsTheRecordsFault() {
        assertThat(classify(new StoryRejectedException(RejectCode.MISSING_FIELD, "headline", "no headline")))
                .isEqualTo(Kind.RECORD_FAULT);
        assertThat(classify(new ConversionException("Failed to convert from JSON", null)))
                .isEqualTo(Kind.RECORD_FAULT);
        assertThat(classify(new SerializationException("cannot serialise"))).isEqualTo(Kind.RECORD_FAULT);
        assertThat(classify(new StoryEventSender.EventTooLargeException("story wl-1 makes a 2000000-byte event")))
                .isEqualTo(Kind.RECORD_FAULT);
        assertThat(classify(new EventNotSentException(
                        "story wl-1 could not be written",
                        new ExecutionException(new RecordTooLargeException("too large")))))
                .isEqualTo(Kind.RECORD_FAULT);
        assertThat(classify(new RefusedValue())).isEqualTo(Kind.RECORD_FAULT);
    }

    @Test
    void aRecordFaultOutranksAnOutageInTheSameChain() {
        assertThat(classify(new DatabaseDown(new RefusedValue()))).isEqualTo(Kind.RECORD_FAULT);
    }

    @Test
    void theBrokerOrADependencyBeingDownIsAnOutage() {
        assertThat(classify(new DatabaseDown(null))).isEqualTo(Kind.OUTAGE);
        assertThat(classify(new EventNotSentException(
                        "story wl-1 could not be written",
                        new ExecutionException(new TimeoutException("Expiring 1 record(s)")))))
                .isEqualTo(Kind.OUTAGE);
    }

    @Test
    void anythingElseIsTransient() {
        assertThat(classify(new IllegalStateException("deadlock detected"))).isEqualTo(Kind.TRANSIENT);
    }

    private Kind classify(Exception failure) {
        return failures.classify(new ListenerExecutionFailedException("listener failed", failure));
    }

    static class DatabaseDown extends RuntimeException {
        DatabaseDown(Throwable cause) {
            super("database down", cause);
        }
    }

    static class RefusedValue extends RuntimeException {}
}
