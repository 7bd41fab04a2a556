package news.wireline.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import news.wireline.local.FreePorts;

/**
 * A PostgreSQL server of this test's own, on its own data directory and port, that can be stopped
 * and started again on both: the machine's shared server is never the one taken down.
 */
final class RestartablePostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port = FreePorts.next();
    private EmbeddedPostgres server;

    RestartablePostgres(Path dataDir) {
        this.dataDir = dataDir;
    }

    RestartablePostgres start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on " + dataDir, e);
        }
        return this;
    }

    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = null;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return "postgres";
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }
}
