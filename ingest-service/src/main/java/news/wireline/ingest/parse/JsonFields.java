package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.INVALID_FIELD;

import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of optional JSON fields. Absent and null read as null; a value of the wrong type is
 * refused with the field's path ("images[1].credit"), so the sender knows exactly what to fix.
 */
final class JsonFields {

    private JsonFields() {}

    /** The field's text on one line, tidied and cleaned of control characters; null when absent or blank. */
    static @Nullable String text(JsonNode parent, String name, String path) {
        String raw = rawText(parent, name, path);
        String text = raw == null ? "" : cleanText(raw);
        return text.isEmpty() ? null : text;
    }

    /**
     * A text field ninjs 1.x and 2.x spell in lower case and 3.x in camelCase ({@code pubstatus},
     * {@code pubStatus}); both spellings are type-checked, the lower-case one wins.
     */
    static @Nullable String ninjsText(JsonNode parent, String lowerCase, String camelCase) {
        String camel = text(parent, camelCase, camelCase);
        String lower = text(parent, lowerCase, lowerCase);
        return lower != null ? lower : camel;
    }

    /** The field's text as sent, line breaks and all; null when absent. */
    static @Nullable String rawText(JsonNode parent, String name, String path) {
        JsonNode node = present(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            throw invalid(path, "a string", node);
        }
        return node.stringValue();
    }

    static @Nullable JsonNode array(JsonNode parent, String name, String path) {
        JsonNode node = present(parent, name);
        if (node != null && !node.isArray()) {
            throw invalid(path, "an array", node);
        }
        return node;
    }

    static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw invalid(path, "an object", node);
        }
        return node;
    }

    static @Nullable Integer integer(JsonNode parent, String name, String path, int min, int max) {
        JsonNode node = present(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw invalid(path, "a whole number from %d to %d".formatted(min, max), node);
        }
        return node.intValue();
    }

    /** JSON escapes can smuggle in control characters the byte-level clean-up never saw. */
    static String cleanText(String text) {
        return Lines.tidy(Utf8Text.normalise(text));
    }

    static StoryRejectedException invalid(String path, String expected, JsonNode actual) {
        return new StoryRejectedException(
                INVALID_FIELD, path, "Field '%s' must be %s, but is %s.".formatted(path, expected, describe(actual)));
    }

    private static @Nullable JsonNode present(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "the number " + node.numberValue();
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
