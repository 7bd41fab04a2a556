package news.wireline.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Fills Wireline's feed store (its own Flyway schema, indexes in place) with many stories by COPY,
 * a chunk at a time: each row is a stored template with a new id and headline, one second older
 * than the row before, with the template's ten best tags and two links to neighbouring stories.
 */
final class FeedStoreLoader {

    private static final int CHUNK = 10_000;
    /** A bench story has a hundred tags (its 2-10 KB are paragraphs of several stories); the rows keep the ten best, as a short story would have. */
    static final int TAGS = 10;

    private final String url;
    private final String user;
    private final String password;

    FeedStoreLoader(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void load(StoredTemplates templates, int count) throws SQLException {
        Instant newest = Instant.now().minusSeconds(60);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK);
                StringBuilder stories = new StringBuilder();
                StringBuilder tags = new StringBuilder();
                StringBuilder links = new StringBuilder();
                for (int i = from; i < to; i++) {
                    row(templates.templates().get(i % templates.templates().size()), i, newest.minusSeconds(i), stories, tags, links);
                }
                copyIn(copy, "COPY story (story_id, version, desk, headline, section, content_hash, document, first_published_at,"
                        + " updated_at, state, urgency) FROM STDIN (FORMAT csv)", stories);
                copyIn(copy, "COPY story_tag (story_id, tag_key, name, type, confidence, mentions, rank, published_at)"
                        + " FROM STDIN (FORMAT csv)", tags);
                copyIn(copy, "COPY story_related (story_id, rank, related_id, score, shared_tags) FROM STDIN (FORMAT csv)", links);
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE");
            }
        }
    }

    static String id(int i) {
        return "bench-feed-" + i;
    }

    private static void row(StoredTemplates.Template template, int i, Instant at, StringBuilder stories, StringBuilder tags,
                            StringBuilder links) {
        String id = id(i);
        String headline = template.headline() + " #" + i;
        String document = template.document().replace('"' + template.id() + '"', '"' + id + '"')
                .replace(jsonString(template.headline()), jsonString(headline));
        csv(stories, id, "1", "bench", headline, template.section(), template.contentHash(), document, at.toString(),
                at.toString(), "LIVE", "5");
        for (StoredTemplates.TagRow tag : template.tags().subList(0, Math.min(TAGS, template.tags().size()))) {
            csv(tags, id, tag.key(), tag.name(), tag.type(), Double.toString(tag.confidence()), Integer.toString(tag.mentions()),
                    Integer.toString(tag.rank()), at.toString());
        }
        for (int rank = 1; rank <= 2 && i - rank >= 0; rank++) {
            csv(links, id, Integer.toString(rank), id(i - rank), "0.5", "[]");
        }
    }

    private static String jsonString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
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
