package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Body paragraphs from whichever body field a JSON story carries, in order of preference:
 * Wireline's {@code body}, then ninjs {@code body_text}, {@code body_html} and {@code bodies[0]}.
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
        return bodies == null || bodies.isEmpty() ? List.of() : ninjsBody(bodies.get(0));
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

    /** A ninjs 2.x body object: {@code {"contenttype": "text/html", "value": "<p>…</p>"}}. */
    private static List<String> ninjsBody(JsonNode body) {
        JsonFields.object(body, "bodies[0]");
        String value = JsonFields.rawText(body, "value", "bodies[0].value");
        String contentType = JsonFields.text(body, "contenttype", "bodies[0].contenttype");
        if (value == null) {
            return List.of();
        }
        boolean html =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        return html ? HtmlParagraphs.of(value) : JsonStoryParser.splitOnBlankLines(value);
    }
}
