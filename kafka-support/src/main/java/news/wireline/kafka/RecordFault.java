package news.wireline.kafka;

/**
 * Tells the shared error handler which failures are the record's own fault, as a service's
 * dependency reports them: a value its database refuses, say. The same record fails the same way
 * on every try, so it is dead-lettered at once with its reason and its partition moves on. A
 * service declares a bean of this type for what only it knows; a fault outranks an outage, since
 * waiting for a dependency cannot cure a record it refuses.
 */
@FunctionalInterface
public interface RecordFault {

    /** Whether this one exception, not looking at its causes, says the record itself is at fault. */
    boolean isFault(Throwable cause);

    /** Whether {@code failure} or any of its causes says so: listener failures arrive wrapped. */
    default boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isFault(cause)) {
                return true;
            }
        }
        return false;
    }
}
