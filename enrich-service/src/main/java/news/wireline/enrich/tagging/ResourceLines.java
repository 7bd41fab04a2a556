package news.wireline.enrich.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the bundled word lists under {@code /gazetteer}: one entry a line, {@code #} starts a comment. */
final class ResourceLines {

    private ResourceLines() {}

    /** A missing list fails construction: a tagger that silently knows fewer names is worse than none. */
    static List<String> read(String name) {
        String path = "/gazetteer/" + name;
        try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing tagging resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tagging resource " + path, e);
        }
    }

    /** Tab-separated columns; missing trailing columns come back empty. */
    static String[] columns(String line, int count) {
        String[] parts = line.split("\t", -1);
        String[] columns = new String[count];
        for (int i = 0; i < count; i++) {
            columns[i] = i < parts.length ? parts[i].strip() : "";
        }
        return columns;
    }
}
