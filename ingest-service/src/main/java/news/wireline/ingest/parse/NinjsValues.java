package news.wireline.ingest.parse;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A ninjs 2.x/3.x text value, as {@code bodies} and {@code descriptions} carry them:
 * {@code {"contenttype": "text/html", "value": "<p>…</p>"}} (3.x: {@code contentType}). HTML is
 * read into paragraphs, anything else split on blank lines.
 */
final class NinjsValues {

    private NinjsValues() {}

    static List<String> paragraphs(JsonNode item, String path) {
        JsonFields.object(item, path);
        String contentType = contentType(item, path);
        String value = JsonFields.rawText(item, "value", path + ".value");
        if (value == null) {
            return List.of();
        }
        boolean html =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        return html ? HtmlParagraphs.of(value) : JsonStoryParser.splitOnBlankLines(value);
    }

    static @Nullable String contentType(JsonNode item, String path) {
        String camel = JsonFields.text(item, "contentType", path + ".contentType");
        String lower = JsonFields.text(item, "contenttype", path + ".contenttype");
        return lower != null ? lower : camel;
    }

    /** text/plain, text/html, text/html5, application/xhtml+xml and the like: what we can read into paragraphs. */
    static boolean isPlainOrHtml(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/plain") || type.contains("html");
    }
}
