package news.wireline.kafka;

import java.util.List;

/**
 * Tells the shared error handler which failures mean a dependency of the service is down (its
 * database, say) rather than that the record is bad. A record failing that way is retried with
 * growing pauses until the dependency is back: never skipped, never dead-lettered, and its offset
 * is not committed meanwhile, and {@link StuckRecords} raises the alarm if it lasts. A service
 * declares a bean of this type for its own dependencies. A {@link RecordFault} outranks it: a
 * dependency that refuses one record is not down.
 */
@FunctionalInterface
public interface DependencyOutage {

    /** Whether this one exception, not looking at its causes, says a dependency is unavailable. */
    boolean isOutage(Throwable cause);

    /** Whether {@code failure} or any of its causes says so: listener failures arrive wrapped. */
    default boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code outages} explains {@code failure}. */
    static boolean anyExplains(List<DependencyOutage> outages, Throwable failure) {
        return outages.stream().anyMatch(outage -> outage.explains(failure));
    }
}
