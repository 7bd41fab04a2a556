package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The body of a brief: a ninjs text item with a headline and descriptions but no body, which
 * agencies send for short items (NTB, for one). Its descriptions, in the order sent, are its
 * paragraphs: ninjs 1.x {@code description_text} or {@code description_html}, else every entry of
 * 2.x/3.x {@code descriptions}.
 */
final class JsonBrief {

    private JsonBrief() {}

    static List<String> paragraphs(JsonNode root) {
        String text = JsonFields.rawText(root, "description_text", "description_text");
        String html = JsonFields.rawText(root, "description_html", "description_html");
        JsonNode descriptions = JsonFields.array(root, "descriptions", "descriptions");
        if (text != null) {
            return JsonStoryParser.splitOnBlankLines(text);
        }
        if (html != null) {
            return HtmlParagraphs.of(html);
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; descriptions != null && i < descriptions.size(); i++) {
            paragraphs.addAll(NinjsValues.paragraphs(descriptions.get(i), "descriptions[" + i + "]"));
        }
        return paragraphs;
    }

    /** The field a brief's body came from, as {@link #paragraphs} chose it. */
    static String field(JsonNode root) {
        for (String field : new String[] {"description_text", "description_html"}) {
            JsonNode node = root.get(field);
            if (node != null && !node.isNull()) {
                return field;
            }
        }
        return "descriptions";
    }
}
