package news.wireline.ingest.parse;

import tools.jackson.databind.JsonNode;

/**
 * Which JSON field each part of a story came from. Read after the story, so every field here has
 * already been type-checked; the order of preference is the parsers' own.
 */
final class JsonNames {

    private JsonNames() {}

    /** @param brief whether the body was read from the descriptions ({@link JsonBrief}) */
    static FieldNames of(JsonNode root, boolean brief) {
        String body = brief ? JsonBrief.field(root) : body(root);
        JsonNode byline = root.get("byline");
        boolean bylineObject = byline != null && byline.isObject();
        String credit = present(root, "byline") ? "byline" : "by";
        return new FieldNames(
                headline(root),
                section(root),
                bylineObject ? "byline.authors" : credit,
                bylineObject ? "byline.authors[%d]" : credit,
                bylineObject ? "byline.desk" : credit,
                "images",
                "images[%d].caption",
                "images[%d].credit",
                "teasers",
                "teasers[%d].headline",
                "teasers[%d].summary",
                body,
                !brief && root.path("body").isArray() ? "body[%d]" : body,
                "language",
                "uri");
    }

    private static String headline(JsonNode root) {
        if (present(root, "headline")) {
            return "headline";
        }
        return present(root.path("headlines").path(0), "value") ? "headlines[0].value" : "uri";
    }

    private static String section(JsonNode root) {
        if (present(root, "section")) {
            return "section";
        }
        if (present(root.path("genres").path(0), "name")) {
            return "genres[0].name";
        }
        return present(root.path("genre").path(0), "name") ? "genre[0].name" : "slugline";
    }

    private static String body(JsonNode root) {
        for (String field : new String[] {"body", "body_text", "body_html"}) {
            JsonNode node = root.get(field);
            if (node != null && !node.isNull()) {
                return field;
            }
        }
        return "bodies[%d].value".formatted(Math.max(0, JsonBody.readable(root.get("bodies"))));
    }

    /** As the parser reads a text field: there, a string, and not blank once tidied. */
    private static boolean present(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node != null
                && node.isString()
                && !JsonFields.cleanText(node.stringValue()).isEmpty();
    }
}
