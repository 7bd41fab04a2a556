package news.wireline.kafka;

/**
 * Tells the shared error handler which failures mean a dependency of the service is down (its
 * database, say) rather than that the record is bad. A record failing that way is retried with
 * growing pauses until the dependency is back: never skipped, never dead-lettered, and its offset
 * is not committed meanwhile. A service declares a bean of this type for its own dependencies.
 */
@FunctionalInterface
public interface DependencyOutage {

    /** Whether {@code failure}, or one of its causes, says a dependency is unavailable. */
    boolean isOutage(Throwable failure);
}
