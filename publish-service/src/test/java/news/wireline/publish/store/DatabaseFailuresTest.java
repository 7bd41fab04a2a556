package news.wireline.publish.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import news.wireline.kafka.Failures;
import news.wireline.kafka.Failures.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What the shared policy does with each database failure publish can meet, given publish's two
 * beans: the SQLSTATE the database sent decides, after Spring has translated it as it does in
 * the running service (54000, for one, into a resource failure).
 */
class DatabaseFailuresTest {

    final Failures failures =
            new Failures(List.of(new DatabaseOutage(() -> true)), List.of(new StoryRefusedByDatabase()));

    @ParameterizedTest(name = "SQLSTATE {0} ({1}) is {2}")
    @CsvSource({
        "22001, value too long for type character varying, RECORD_FAULT",
        "22P02, invalid input syntax for type uuid, RECORD_FAULT",
        "22021, invalid byte sequence for encoding UTF8, RECORD_FAULT",
        "23505, duplicate key value violates unique constraint, RECORD_FAULT",
        "23502, null value in column violates not-null constraint, RECORD_FAULT",
        "54000, index row size 3016 exceeds btree version 4 maximum 2704, RECORD_FAULT",
        "54001, statement too complex, RECORD_FAULT",
        "08001, connection refused, OUTAGE",
        "08006, connection failure, OUTAGE",
        "53300, too many connections for role, OUTAGE",
        "53100, could not extend file: no space left on device, OUTAGE",
        "57P01, terminating connection due to administrator command, OUTAGE",
        "57P02, terminating connection due to crash of another server process, OUTAGE",
        "57P03, the database system is starting up, OUTAGE",
        "25006, cannot execute INSERT in a read-only transaction, OUTAGE",
        "40001, could not serialize access due to concurrent update, TRANSIENT",
        "40P01, deadlock detected, TRANSIENT",
        "57014, canceling statement due to statement timeout, TRANSIENT",
    })
    void theDatabasesOwnStateDecides(String state, String message, Kind expected) {
        SQLException sent = new SQLException(message, state);
        Exception translated = new SQLStateSQLExceptionTranslator().translate("store story", "INSERT INTO story", sent);
        if (translated == null) {
            // JdbcTemplate's own fallback for a state the translator does not know (class 25, for one)
            translated = new UncategorizedSQLException("store story", "INSERT INTO story", sent);
        }

        assertThat(failures.classify(new ListenerExecutionFailedException("listener failed", translated)))
                .isEqualTo(expected);
    }

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        Exception noConnection = new CannotCreateTransactionException(
                "could not open JDBC connection",
                new CannotGetJdbcConnectionException(
                        "pool", new SQLTransientConnectionException("Connection is not available, request timed out")));

        assertThat(failures.classify(new ListenerExecutionFailedException("listener failed", noConnection)))
                .isEqualTo(Kind.OUTAGE);
    }
}
