package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.wireline.events.Story;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The pictures and graphics a ninjs text item carries in {@code associations}, kept as the story
 * model keeps images: a caption and a credit, the media itself left where the agency hosts it.
 * ninjs 1.x sends associations as an object keyed by name, 2.x and 3.x as an array. An entry's
 * caption is its {@code description_text} or first {@code descriptions} value, else its headline;
 * its credit is its {@code by}. Other associations (video, audio, text) are not images and are
 * passed over, as are pictures with neither caption nor credit.
 *
 * <p>Limits are checked here with the entry's own path, since skipped entries make an image's
 * position differ from its association's.
 */
final class NinjsAssociations {

    private static final List<String> IMAGE_TYPES = List.of("picture", "graphic");

    private NinjsAssociations() {}

    static List<Story.Image> images(JsonNode root) {
        JsonNode associations = root.get("associations");
        List<Story.Image> images = new ArrayList<>();
        if (associations == null || associations.isNull()) {
            return images;
        }
        if (associations.isArray()) {
            for (int i = 0; i < associations.size(); i++) {
                add(images, associations.get(i), "associations[" + i + "]");
            }
        } else if (associations.isObject()) {
            for (Map.Entry<String, JsonNode> entry : associations.properties()) {
                add(images, entry.getValue(), "associations." + entry.getKey());
            }
        } else {
            throw JsonFields.invalid("associations", "an array or an object of associated items", associations);
        }
        FieldLimits.count(images, FieldLimits.MAX_IMAGES, "associations", "images");
        return images;
    }

    private static void add(List<Story.Image> images, JsonNode node, String path) {
        JsonNode item = JsonFields.object(node, path);
        String type = JsonFields.text(item, "type", path + ".type");
        if (type == null || !IMAGE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            return;
        }
        Caption caption = caption(item, path);
        String credit = JsonFields.text(item, "by", path + ".by");
        FieldLimits.length(caption.text(), FieldLimits.MAX_CAPTION, caption.field(), "The caption");
        FieldLimits.length(credit, FieldLimits.MAX_CREDIT, path + ".by", "The credit");
        if (caption.text() != null || credit != null) {
            images.add(new Story.Image(caption.text(), credit));
        }
    }

    private static Caption caption(JsonNode item, String path) {
        String text = JsonFields.text(item, "description_text", path + ".description_text");
        if (text != null) {
            return new Caption(text, path + ".description_text");
        }
        JsonNode descriptions = JsonFields.array(item, "descriptions", path + ".descriptions");
        if (descriptions != null && !descriptions.isEmpty()) {
            String first = path + ".descriptions[0]";
            String value = JsonFields.text(JsonFields.object(descriptions.get(0), first), "value", first + ".value");
            if (value != null) {
                return new Caption(value, first + ".value");
            }
        }
        return new Caption(JsonFields.text(item, "headline", path + ".headline"), path + ".headline");
    }

    private record Caption(@Nullable String text, String field) {}
}
