package news.wireline.publish;

import com.zaxxer.hikari.HikariDataSource;
import news.wireline.local.LocalPostgres;
import org.flywaydb.core.Flyway;

/** One PostgreSQL server for the test JVM (the machine's, or embedded), and a fresh migrated database per caller. */
public final class TestDatabase {

    private static LocalPostgres server;

    private TestDatabase() {}

    public static synchronized LocalPostgres server() {
        if (server == null) {
            server = LocalPostgres.machineOrEmbedded();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
        }
        return server;
    }

    /** An empty database with the feed store's schema, migrated as the service migrates it; close it when done. */
    public static HikariDataSource fresh(String prefix) {
        LocalPostgres postgres = server();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.createDatabase(prefix));
        dataSource.setUsername(postgres.user());
        dataSource.setPassword(postgres.password());
        dataSource.setMaximumPoolSize(4);
        dataSource.setMinimumIdle(1);
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
