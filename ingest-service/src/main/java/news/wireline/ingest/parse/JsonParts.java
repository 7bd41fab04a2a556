package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.MISSING_FIELD;

import java.util.ArrayList;
import java.util.List;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The optional parts of a JSON story: images (or ninjs associated pictures), teasers, byline and language. */
final class JsonParts {

    private JsonParts() {}

    /** Wireline's {@code images}, or when there are none, the pictures among ninjs {@code associations}. */
    static List<Story.Image> images(JsonNode root) {
        List<Story.Image> images = new ArrayList<>();
        List<Story.Image> associated = NinjsAssociations.images(root);
        JsonNode array = JsonFields.array(root, "images", "images");
        if (array == null) {
            return associated;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = "images[" + i + "]";
            JsonNode image = JsonFields.object(array.get(i), path);
            String caption = JsonFields.text(image, "caption", path + ".caption");
            String credit = JsonFields.text(image, "credit", path + ".credit");
            if (caption != null || credit != null) {
                images.add(new Story.Image(caption, credit));
            }
        }
        return images;
    }

    static List<Story.Teaser> teasers(JsonNode root) {
        List<Story.Teaser> teasers = new ArrayList<>();
        JsonNode array = JsonFields.array(root, "teasers", "teasers");
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "teasers[" + i + "]";
            JsonNode teaser = JsonFields.object(array.get(i), path);
            String headline = JsonFields.text(teaser, "headline", path + ".headline");
            if (headline == null) {
                throw new StoryRejectedException(
                        MISSING_FIELD,
                        path + ".headline",
                        "Teaser %d has no headline: give every teaser a 'headline' or leave the teaser out."
                                .formatted(i + 1));
            }
            teasers.add(new Story.Teaser(headline, JsonFields.text(teaser, "summary", path + ".summary")));
        }
        return teasers;
    }

    /**
     * Wireline's {@code byline} object, or a ninjs {@code byline}/{@code by} string read like the
     * credit line of a page: a desk when it ends in "desk", otherwise names.
     */
    static Story.@Nullable Byline byline(JsonNode root) {
        JsonNode byline = root.get("byline");
        if (byline != null && byline.isObject()) {
            return bylineObject(byline);
        }
        if (byline != null && !byline.isNull() && !byline.isString()) {
            throw JsonFields.invalid("byline", "a string or an object with 'authors' and 'desk'", byline);
        }
        String credit = JsonFields.text(root, "byline", "byline");
        if (credit == null) {
            credit = JsonFields.text(root, "by", "by");
        }
        return Bylines.fromField(credit);
    }

    static @Nullable String language(JsonNode root) {
        return FieldRules.language(JsonFields.text(root, "language", "language"), "language");
    }

    private static Story.@Nullable Byline bylineObject(JsonNode byline) {
        List<String> authors = new ArrayList<>();
        JsonNode array = JsonFields.array(byline, "authors", "byline.authors");
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode author = array.get(i);
            if (!author.isString()) {
                throw JsonFields.invalid("byline.authors[" + i + "]", "a string", author);
            }
            String name = JsonFields.cleanText(author.stringValue());
            if (!name.isEmpty()) {
                authors.add(name);
            }
        }
        String desk = JsonFields.text(byline, "desk", "byline.desk");
        return authors.isEmpty() && desk == null ? null : new Story.Byline(authors, desk);
    }
}
