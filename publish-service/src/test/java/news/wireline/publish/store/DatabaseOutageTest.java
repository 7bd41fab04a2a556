package news.wireline.publish.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    DatabaseOutage outage = new DatabaseOutage(() -> true);

    @Test
    void noConnectionToTheDatabaseIsAnOutage() {
        assertThat(outage.explains(inListener(new CannotCreateTransactionException(
                        "no connection",
                        new CannotGetJdbcConnectionException(
                                "refused", new SQLException("Connection refused", "08001"))))))
                .isTrue();
    }

    @Test
    void aCommitCutOffByTheServerShuttingDownIsAnOutage() {
        assertThat(outage.explains(inListener(new TransactionSystemException(
                        "could not commit",
                        new SQLException("terminating connection due to administrator command", "57P01")))))
                .isTrue();
    }

    @Test
    void aStoryTheDatabaseRefusesIsNotAnOutage() {
        assertThat(outage.explains(inListener(new DataIntegrityViolationException(
                        "value too long", new SQLException("value too long for type", "22001")))))
                .isFalse();
        assertThat(outage.explains(inListener(new IllegalArgumentException("no headline"))))
                .isFalse();
    }

    @Test
    void aConnectionClosedUnderThePoolWithNoStateIsAnOutageOnlyWhileTheDatabaseDoesNotAnswer() {
        SQLException closed = new SQLException("Connection is closed");

        assertThat(new DatabaseOutage(() -> false)
                        .explains(inListener(new TransactionSystemException("could not roll back", closed))))
                .isTrue();
        assertThat(outage.explains(inListener(new TransactionSystemException("could not roll back", closed))))
                .isFalse();
    }

    private static Exception inListener(Exception cause) {
        return new ListenerExecutionFailedException("listener failed", cause);
    }
}
