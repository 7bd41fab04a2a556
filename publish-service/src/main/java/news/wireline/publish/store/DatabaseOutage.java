package news.wireline.publish.store;

import news.wireline.kafka.DependencyOutage;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * The feed store's database being unreachable, restarting or shutting down is an outage, not a
 * bad story: the enriched record waits, uncommitted, until the database is back. Storing is
 * idempotent, so a write whose commit was cut off half way is safe to repeat.
 */
@Component
class DatabaseOutage implements DependencyOutage {

    /** Connection exceptions (08), insufficient resources (53) and operator intervention such as a shutdown (57). */
    private static final String[] OUTAGE_STATE_CLASSES = {"08", "53", "57"};

    @Override
    public boolean isOutage(Throwable cause) {
        return cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                || cause instanceof RecoverableDataAccessException || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof SQLException sql && isOutageState(sql.getSQLState());
    }

    private static boolean isOutageState(String state) {
        if (state == null) {
            return false;
        }
        for (String outageClass : OUTAGE_STATE_CLASSES) {
            if (state.startsWith(outageClass)) {
                return true;
            }
        }
        return false;
    }
}
