package news.wireline.publish.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import news.wireline.kafka.DependencyOutage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

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
 * Without an SQLSTATE, failing to get a connection counts, and so does any other SQL failure
 * while the database does not answer a fresh connection: the pool reports a connection the
 * server closed under it ("Connection is closed") with no state at all, and that is a restart.
 */
@Component
class DatabaseOutage implements DependencyOutage {

    /** Connection exceptions (08) and insufficient resources (53): the whole class. */
    private static final Set<String> OUTAGE_STATE_CLASSES = Set.of("08", "53");
    /** Operator intervention (admin, crash, cannot connect now: a shutdown or restart) and a read-only standby mid-failover. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "25006");

    private static final int VALIDATION_SECONDS = 2;

    private final BooleanSupplier databaseAnswers;

    @Autowired
    DatabaseOutage(DataSource database) {
        this(() -> answers(database));
    }

    DatabaseOutage(BooleanSupplier databaseAnswers) {
        this.databaseAnswers = databaseAnswers;
    }

    @Override
    public boolean isOutage(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return isOutageState(sql.getSQLState());
        }
        return cause instanceof CannotCreateTransactionException
                || cause instanceof CannotGetJdbcConnectionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLException && !databaseAnswers.getAsBoolean();
    }

    private static boolean answers(DataSource database) {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    static boolean isOutageState(String state) {
        return state.length() == 5
                && (OUTAGE_STATE_CLASSES.contains(state.substring(0, 2)) || OUTAGE_STATES.contains(state));
    }
}
