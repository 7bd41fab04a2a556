package news.wireline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalPostgresTest {

    static LocalPostgres postgres;

    @BeforeAll
    static void start() {
        postgres = LocalPostgres.machineOrEmbedded();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void eachCreatedDatabaseStartsEmptyAndApart() throws Exception {
        String first = postgres.createDatabase("wireline_probe");
        String second = postgres.createDatabase("wireline_probe");
        assertThat(first).isNotEqualTo(second);
        try (Connection connection = DriverManager.getConnection(first, postgres.user(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id int)");
        }
        try (Connection connection = DriverManager.getConnection(second, postgres.user(), postgres.password());
                Statement statement = connection.createStatement();
                ResultSet tables =
                        statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'marker'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void embeddedServerStartsWhenAskedFor() throws Exception {
        try (LocalPostgres embedded = LocalPostgres.embedded();
                Connection connection = DriverManager.getConnection(
                        embedded.createDatabase("wireline_probe"), embedded.user(), embedded.password());
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SHOW server_version")) {
            version.next();
            assertThat(embedded.isEmbedded()).isTrue();
            assertThat(version.getString(1)).startsWith("1");
        }
    }
}
