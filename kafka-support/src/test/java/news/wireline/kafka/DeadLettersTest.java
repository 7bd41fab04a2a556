package news.wireline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.converter.MessageConversionException;

class DeadLettersTest {

    final ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.RAW_NAME, 0, 7L, "wl-1", new byte[] {1});

    @Test
    void rejectedStoryCarriesItsCodeFieldAndMessage() {
        Exception failure = new ListenerExecutionFailedException(
                "listener failed",
                new StoryRejectedException(RejectCode.MISSING_FIELD, "headline", "story has no headline"));

        org.apache.kafka.common.header.Headers headers = DeadLetters.reasonHeaders(record, failure);

        assertThat(value(headers, Headers.REJECT_CODE)).isEqualTo("MISSING_FIELD");
        assertThat(value(headers, Headers.REJECT_FIELD)).isEqualTo("headline");
        assertThat(value(headers, Headers.REJECT_MESSAGE)).isEqualTo("story has no headline");
    }

    @Test
    void unreadableEventIsNamedAsSuch() {
        Exception failure = new ListenerExecutionFailedException(
                "listener failed", new MessageConversionException("Unexpected character ('x')"));

        org.apache.kafka.common.header.Headers headers = DeadLetters.reasonHeaders(record, failure);

        assertThat(value(headers, Headers.REJECT_CODE)).isEqualTo("UNREADABLE_EVENT");
        assertThat(value(headers, Headers.REJECT_MESSAGE)).contains("Unexpected character");
        assertThat(headers.lastHeader(Headers.REJECT_FIELD)).isNull();
    }

    @Test
    void anyOtherFailureIsProcessingFailedWithItsRootCause() {
        Exception failure = new ListenerExecutionFailedException(
                "listener failed",
                new IllegalStateException("store unavailable", new java.net.ConnectException("refused")));

        org.apache.kafka.common.header.Headers headers = DeadLetters.reasonHeaders(record, failure);

        assertThat(value(headers, Headers.REJECT_CODE)).isEqualTo("PROCESSING_FAILED");
        assertThat(value(headers, Headers.REJECT_MESSAGE)).isEqualTo("ConnectException: refused");
    }

    @Test
    void aDatabaseRefusalLeadsWithItsSqlState() {
        Exception failure = new ListenerExecutionFailedException(
                "listener failed",
                new org.springframework.dao.DataAccessResourceFailureException(
                        "could not store",
                        new java.sql.SQLException(
                                "ERROR: index row size 3016 exceeds btree version 4 maximum 2704", "54000")));

        org.apache.kafka.common.header.Headers headers = DeadLetters.reasonHeaders(record, failure);

        assertThat(value(headers, Headers.REJECT_CODE)).isEqualTo("PROCESSING_FAILED");
        assertThat(value(headers, Headers.REJECT_MESSAGE))
                .isEqualTo(
                        "SQLSTATE 54000: SQLException: ERROR: index row size 3016 exceeds btree version 4 maximum 2704");
    }

    @Test
    void anEventTooLargeToWriteIsTooLarge() {
        Exception failure = new StoryEventSender.EventTooLargeException("story wl-1 makes a 2000000-byte event");

        org.apache.kafka.common.header.Headers headers = DeadLetters.reasonHeaders(record, failure);

        assertThat(value(headers, Headers.REJECT_CODE)).isEqualTo("TOO_LARGE");
        assertThat(value(headers, Headers.REJECT_MESSAGE)).isEqualTo("story wl-1 makes a 2000000-byte event");
    }

    @Test
    void deadLettersKeepTheirKeyForPartitioning() {
        assertThat(DeadLetters.destination().topic()).isEqualTo(Topics.DEAD_LETTER_NAME);
        assertThat(DeadLetters.destination().partition()).isEqualTo(-1);
    }

    private static String value(org.apache.kafka.common.header.Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
