package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.UNSUPPORTED_ITEM_TYPE;

import java.util.Locale;
import news.wireline.events.StoryRejectedException;
import tools.jackson.databind.JsonNode;

/**
 * A ninjs item's {@code type}. Only text is a story; ninjs defaults to text when {@code type} is
 * absent, except that an item carrying {@code eventDetails} is an event whatever it omits (ninjs
 * 3.x event documents often send no {@code type}). Anything else is refused by name, because a
 * picture or an event read as a story would publish its caption or agenda as news.
 */
final class NinjsType {

    private static final String TEXT = "text";
    static final int MAX_TYPE = 40;

    private NinjsType() {}

    static void requireText(JsonNode root) {
        String type = JsonFields.text(root, "type", "type");
        if (type == null && root.has("eventDetails")) {
            type = "event";
        }
        if (type == null || type.toLowerCase(Locale.ROOT).equals(TEXT)) {
            return;
        }
        FieldLimits.length(type, MAX_TYPE, "type", "The item type");
        throw new StoryRejectedException(
                UNSUPPORTED_ITEM_TYPE,
                "type",
                ("The item is of type '%s'; Wireline takes only text items as stories. Send a picture, graphic,"
                                + " audio or video as an association of the text story it belongs to, and events,"
                                + " planning or composite items not at all.")
                        .formatted(FieldRules.echo(type)));
    }
}
