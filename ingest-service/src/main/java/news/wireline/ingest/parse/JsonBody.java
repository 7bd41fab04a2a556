package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Body paragraphs from whichever body field a JSON story carries, in order of preference:
 * Wireline's {@code body}, then ninjs {@code body_text}, {@code body_html} and the first of
 * {@code bodies} in plain text or HTML (an NITF or other body is passed over).
 */
final class JsonBody {

    private JsonBody() {}

    static List<String> paragraphs(JsonNode root) {
        // Every candidate is type-checked, so a malformed alternative is refused rather than silently skipped.
        String text = JsonFields.rawText(root, "body_text", "body_text");
        String html = JsonFields.rawText(root, "body_html", "body_html");
        JsonNode bodies = JsonFields.array(root, "bodies", "bodies");
        JsonNode body = root.get("body");
        if (body != null && !body.isNull()) {
            return wirelineBody(body);
        }
        if (text != null) {
            return JsonStoryParser.splitOnBlankLines(text);
        }
        if (html != null) {
            return HtmlParagraphs.of(html);
        }
        int readable = readable(bodies);
        return readable < 0 || bodies == null
                ? List.of()
                : NinjsValues.paragraphs(bodies.get(readable), "bodies[" + readable + "]");
    }

    /** Index of the first body in plain text or HTML, or -1; every entry is type-checked on the way. */
    static int readable(@Nullable JsonNode bodies) {
        for (int i = 0; bodies != null && i < bodies.size(); i++) {
            String path = "bodies[" + i + "]";
            String contentType = NinjsValues.contentType(JsonFields.object(bodies.get(i), path), path);
            if (contentType == null || NinjsValues.isPlainOrHtml(contentType)) {
                return i;
            }
        }
        return -1;
    }

    /** An array of paragraphs; a single string is taken as text with blank lines between paragraphs. */
    private static List<String> wirelineBody(JsonNode body) {
        if (body.isString()) {
            return JsonStoryParser.splitOnBlankLines(body.stringValue());
        }
        if (!body.isArray()) {
            throw JsonFields.invalid("body", "an array of paragraph strings", body);
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode paragraph = body.get(i);
            if (!paragraph.isString()) {
                throw JsonFields.invalid("body[" + i + "]", "a string", paragraph);
            }
            String text = JsonFields.cleanText(paragraph.stringValue());
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
