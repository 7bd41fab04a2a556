package news.wireline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import news.wireline.local.LocalPostgres;

/** The fresh databases of one run, dropped at its end: a million-story feed store is gigabytes. */
final class BenchDatabases {

    private final LocalPostgres postgres;
    private final List<String> names = new ArrayList<>();

    BenchDatabases(LocalPostgres postgres) {
        this.postgres = postgres;
    }

    /** A new empty database's JDBC URL. */
    String create(String prefix) {
        String url = postgres.createDatabase(prefix);
        names.add(url.substring(url.lastIndexOf('/') + 1));
        return url;
    }

    /** Names come from {@link LocalPostgres#createDatabase}, which allows only [a-z0-9_]. */
    void dropAll() {
        try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
                Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            Bench.progress("could not drop the benchmark's databases %s: %s", names, e.getMessage());
        }
    }
}
