package news.wireline.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The database half of the limit: the same rows upserted in JDBC batches, one transaction per
 * batch, into a table shaped like Wireline's story table, in the same PostgreSQL.
 */
final class PlainJdbcUpsert implements AutoCloseable {

    private static final String UPSERT = """
            INSERT INTO plain_story (story_id, version, headline, document, first_published_at, updated_at)
            VALUES (?, 1, ?, ?::jsonb, ?, ?)
            ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, document = excluded.document,
                updated_at = excluded.updated_at""";

    private final Connection connection;

    PlainJdbcUpsert(String url, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(url, user, password);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE IF NOT EXISTS plain_story (story_id text PRIMARY KEY, version integer NOT NULL,
                        headline text NOT NULL, document jsonb NOT NULL, first_published_at timestamptz NOT NULL,
                        updated_at timestamptz NOT NULL)""");
            ddl.execute(
                    "CREATE INDEX IF NOT EXISTS plain_story_newest ON plain_story (first_published_at DESC, story_id DESC)");
        }
        connection.setAutoCommit(false);
    }

    void upsert(List<ConsumerRecord<String, byte[]>> records) {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (ConsumerRecord<String, byte[]> record : records) {
                upsert.setString(1, record.key());
                upsert.setString(2, record.key());
                upsert.setString(3, new String(record.value(), StandardCharsets.UTF_8));
                upsert.setTimestamp(4, now);
                upsert.setTimestamp(5, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("baseline upsert failed", e);
        }
    }

    void clear() throws SQLException {
        try (Statement truncate = connection.createStatement()) {
            truncate.execute("TRUNCATE plain_story");
        }
        connection.commit();
    }

    /** The same rows upserted straight from memory, in batches of {@code batch}; stories per second. */
    double alone(List<ConsumerRecord<String, byte[]>> records, int batch) {
        long start = System.nanoTime();
        for (int from = 0; from < records.size(); from += batch) {
            upsert(records.subList(from, Math.min(records.size(), from + batch)));
        }
        return records.size() / ((System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
