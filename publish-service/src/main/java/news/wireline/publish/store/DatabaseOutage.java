package news.wireline.publish.store;

import news.wireline.kafka.DependencyOutage;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The feed store's database being unreachable, restarting or shutting down is an outage, not a
 * bad story: the enriched record waits, uncommitted, until the database is back. Storing is
 * idempotent, so a write whose commit was cut off half way is safe to repeat.
 * <p>
 * Decided from the SQLSTATE the database itself sent, not from Spring's translation of it, which
 * takes every state of classes 08, 53, 54, 57 and 58 for a resource failure: a story whose section
 * is too long to index (54000) is no outage, and waiting for it would stall its partition for good.
 * Deadlocks, serialisation failures and statement timeouts (40001, 40P01, 57014) are neither an
 * outage nor the story's fault: the shared policy retries them a few times, then dead-letters.
 * Without an SQLSTATE, only failing to get a connection at all counts.
 */
@Component
class DatabaseOutage implements DependencyOutage {

    /** Connection exceptions (08) and insufficient resources (53): the whole class. */
    private static final Set<String> OUTAGE_STATE_CLASSES = Set.of("08", "53");
    /** Operator intervention (admin, crash, cannot connect now: a shutdown or restart) and a read-only standby mid-failover. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "25006");

    @Override
    public boolean isOutage(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return isOutageState(sql.getSQLState());
        }
        return cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException;
    }

    static boolean isOutageState(String state) {
        return state.length() == 5 && (OUTAGE_STATE_CLASSES.contains(state.substring(0, 2)) || OUTAGE_STATES.contains(state));
    }
}
