package news.wireline.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.wireline.publish.store.ListedStory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills Wireline's feed store (its own Flyway schema) with many stories. Only the few hundred
 * stored templates travel from the client, by COPY into temporary tables; the server multiplies
 * them with {@code INSERT ... SELECT ... FROM generate_series}: row i is template i mod n with a new
 * id and headline, one second older than row i - 1, the template's ten best tags and links to the
 * two rows before it. Its document is the template's as stored, compressed once: rewriting the id
 * and headline inside a million 18 KB documents took four times as long as the rest of the load,
 * and the pages measured read the listing columns, not the document. The store's indexes and keys
 * are dropped for the load and built again after it, as the schema defined them, so a bulk build
 * replaces a million single-row index inserts.
 */
final class FeedStoreLoader {

    private static final List<String> TABLES = List.of("story", "story_tag", "story_related");

    private final String url;
    private final String user;
    private final String password;

    FeedStoreLoader(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void load(StoredTemplates templates, int count) throws SQLException {
        Timestamp newest = Timestamp.from(Instant.now().minusSeconds(60));
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement sql = connection.createStatement()) {
            stageTemplates(connection, sql, templates);
            List<String> rebuild = dropKeysAndIndexes(connection, sql);
            int n = templates.templates().size();
            long at = System.nanoTime();
            multiply(connection, """
                    INSERT INTO story (story_id, version, desk, headline, section, content_hash, document, summary, best_tags,
                                       first_published_at, updated_at, state, urgency)
                    SELECT 'bench-feed-' || i, 1, 'bench', t.headline || ' #' || i, t.section, t.content_hash,
                           t.document, t.summary, t.best_tags,
                           ?::timestamptz - make_interval(secs => i), ?::timestamptz - make_interval(secs => i), 'LIVE', 5
                    FROM generate_series(0, ? - 1) i JOIN bench_template t ON t.n = i % ?""", newest, newest, count, n);
            at = step("story rows", at);
            multiply(connection, """
                    INSERT INTO story_tag (story_id, tag_key, name, type, confidence, mentions, rank, published_at)
                    SELECT 'bench-feed-' || i, g.tag_key, g.name, g.type, g.confidence, g.mentions, g.rank,
                           ?::timestamptz - make_interval(secs => i)
                    FROM generate_series(0, ? - 1) i JOIN bench_template_tag g ON g.n = i % ?""", newest, count, n);
            at = step("story_tag rows", at);
            multiply(connection, """
                    INSERT INTO story_related (story_id, rank, related_id, score, shared_tags)
                    SELECT 'bench-feed-' || i, r, 'bench-feed-' || (i - r), 0.5, '[]'::jsonb
                    FROM generate_series(0, ? - 1) i, generate_series(1, 2) r WHERE i - r >= 0""", count);
            at = step("story_related rows", at);
            for (String statement : rebuild) {
                sql.execute(statement);
            }
            // as a store that has been running a while is: rows vacuumed (hint bits and visibility map set, so
            // the first reads do not write) and the load's writes checkpointed, not flushed during the queries
            for (String table : TABLES) {
                sql.execute("VACUUM (ANALYZE, PROCESS_TOAST FALSE) " + table);
            }
            sql.execute("CHECKPOINT");
            step("keys, indexes, vacuum and checkpoint", at);
        }
    }

    /** Reports a step's time and returns when the next one starts. */
    private static long step(String what, long since) {
        long now = System.nanoTime();
        Bench.progress("  %s in %.0f s", what, (now - since) / 1e9);
        return now;
    }

    private static void stageTemplates(Connection connection, Statement sql, StoredTemplates templates)
            throws SQLException {
        sql.execute(
                "CREATE TEMPORARY TABLE bench_template (n integer PRIMARY KEY, headline text, section text, content_hash text, "
                        + "document jsonb, summary text, best_tags jsonb)");
        sql.execute(
                "CREATE TEMPORARY TABLE bench_template_tag (n integer, tag_key text, name text, type text, confidence double precision,"
                        + " mentions integer, rank smallint)");
        StringBuilder stories = new StringBuilder();
        StringBuilder tags = new StringBuilder();
        List<StoredTemplates.Template> all = templates.templates();
        for (int n = 0; n < all.size(); n++) {
            StoredTemplates.Template template = all.get(n);
            csv(
                    stories,
                    Integer.toString(n),
                    template.headline(),
                    template.section(),
                    template.contentHash(),
                    template.document(),
                    template.summary(),
                    template.bestTags());
            for (StoredTemplates.TagRow tag : template.tags()
                    .subList(0, Math.min(ListedStory.BEST_TAGS, template.tags().size()))) {
                csv(
                        tags,
                        Integer.toString(n),
                        tag.key(),
                        tag.name(),
                        tag.type(),
                        Double.toString(tag.confidence()),
                        Integer.toString(tag.mentions()),
                        Integer.toString(tag.rank()));
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copyIn(copy, "COPY bench_template FROM STDIN (FORMAT csv)", stories);
        copyIn(copy, "COPY bench_template_tag FROM STDIN (FORMAT csv)", tags);
        sql.execute("ANALYZE bench_template");
        sql.execute("ANALYZE bench_template_tag");
    }

    /**
     * Drops the feed tables' foreign keys, primary keys and indexes, returning the statements that
     * make them again: indexes and keys first, foreign keys last, since they need the keys.
     */
    private static List<String> dropKeysAndIndexes(Connection connection, Statement sql) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement constraints = connection.prepareStatement("""
                SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype FROM pg_constraint c
                WHERE c.conrelid = ANY (CAST(? AS regclass[])) AND c.contype IN ('p', 'u', 'f') ORDER BY c.contype = 'f' DESC""")) {
            constraints.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
            try (ResultSet rs = constraints.executeQuery()) {
                while (rs.next()) {
                    drops.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
                    String add = "ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " "
                            + rs.getString(3);
                    (rs.getString(4).equals("f") ? foreignKeys : keys).add(add);
                }
            }
        }
        try (PreparedStatement standalone = connection.prepareStatement("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid = ANY (CAST(? AS regclass[]))
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""")) {
            standalone.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
            try (ResultSet rs = standalone.executeQuery()) {
                while (rs.next()) {
                    drops.add("DROP INDEX " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
        }
        for (String drop : drops) {
            sql.execute(drop);
        }
        List<String> rebuild = new ArrayList<>(keys);
        rebuild.addAll(indexes);
        rebuild.addAll(foreignKeys);
        return rebuild;
    }

    private static void multiply(Connection connection, String insert, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int p = 0; p < params.length; p++) {
                statement.setObject(p + 1, params[p]);
            }
            statement.executeUpdate();
        }
    }

    private static void csv(StringBuilder out, String... fields) {
        for (int f = 0; f < fields.length; f++) {
            if (f > 0) {
                out.append(',');
            }
            if (fields[f] != null) {
                out.append('"').append(fields[f].replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static void copyIn(CopyManager copy, String sql, CharSequence rows) throws SQLException {
        try {
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
