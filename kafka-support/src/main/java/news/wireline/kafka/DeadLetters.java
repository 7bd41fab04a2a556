package news.wireline.kafka;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;

/**
 * Where failed records go and the reason headers they carry, so a dead letter says why without
 * anyone reading a stack trace.
 */
final class DeadLetters {

    private static final int MAX_MESSAGE_LENGTH = 1_000;

    private DeadLetters() {}

    /** Partition -1 lets the key choose, so a story's dead letters stay in order too. */
    static TopicPartition destination() {
        return new TopicPartition(Topics.DEAD_LETTER_NAME, -1);
    }

    static org.apache.kafka.common.header.Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception failure) {
        StoryRejectedException rejection = findCause(failure, StoryRejectedException.class);
        RecordHeaders headers = new RecordHeaders();
        if (rejection != null) {
            add(headers, Headers.REJECT_CODE, rejection.code().name());
            add(headers, Headers.REJECT_MESSAGE, rejection.getMessage());
            if (rejection.field() != null) {
                add(headers, Headers.REJECT_FIELD, rejection.field());
            }
        } else if (isUnreadable(failure)) {
            add(headers, Headers.REJECT_CODE, RejectCode.UNREADABLE_EVENT.name());
            add(headers, Headers.REJECT_MESSAGE, "record value is not a readable event: " + rootMessage(failure));
        } else {
            add(headers, Headers.REJECT_CODE, RejectCode.PROCESSING_FAILED.name());
            add(headers, Headers.REJECT_MESSAGE, describe(failure));
        }
        return headers;
    }

    /**
     * Whether handling the record again cannot help, whatever the service: it was rejected, its
     * value is not a readable event, or what it made cannot be written to the broker.
     */
    static boolean isPermanent(Throwable failure) {
        return findCause(failure, StoryRejectedException.class) != null
                || isUnreadable(failure)
                || findCause(failure, RecordTooLargeException.class) != null
                || findCause(failure, SerializationException.class) != null;
    }

    /** The failure's root cause, led by the database's SQLSTATE when a database refused or failed. */
    static String describe(Throwable failure) {
        return sqlState(failure) + rootMessage(failure);
    }

    /** The database's own code for the failure, when there is one: the first thing a person looks up. */
    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return "SQLSTATE " + sql.getSQLState() + ": ";
            }
        }
        return "";
    }

    private static boolean isUnreadable(Throwable failure) {
        return findCause(failure, MessageConversionException.class) != null
                || findCause(failure, ConversionException.class) != null
                || findCause(failure, DeserializationException.class) != null;
    }

    private static <T extends Throwable> @Nullable T findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
