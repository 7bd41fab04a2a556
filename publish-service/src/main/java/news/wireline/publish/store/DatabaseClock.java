package news.wireline.publish.store;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's time, the one clock every publish instance shares. Embargoes fall due by it, so
 * an instance whose own clock runs fast cannot let a story out early. Read inside a transaction it
 * is the transaction's start ({@code now()}), so one release stamps the instant its check used.
 */
@Component
public class DatabaseClock {

    private final JdbcClient jdbc;

    public DatabaseClock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Instant now() {
        return jdbc.sql("SELECT now()")
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .single();
    }
}
