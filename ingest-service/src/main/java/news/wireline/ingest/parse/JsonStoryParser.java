package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.MALFORMED;
import static news.wireline.events.RejectCode.MISSING_FIELD;

import java.util.ArrayList;
import java.util.List;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON stories in two shapes: a subset of IPTC ninjs 1.x to 3.x ({@code headline} or
 * {@code headlines[0].value}, {@code body_text}, {@code body_html} or {@code bodies},
 * {@code byline} or {@code by}, {@code genres[0].name}, {@code genre[0].name} or {@code slugline}
 * as section, {@code language}, and the release fields of {@link NinjsMeta}), and Wireline's own,
 * which mirrors {@link Story} field for field. Fields of either shape may be mixed; unknown fields
 * are ignored, and where both shapes name the same part, Wireline's field wins.
 *
 * <p>Only a text item is a story ({@link NinjsType}). A brief, a text item with no body, takes its
 * descriptions as its body ({@link JsonBrief}). A kill ({@code pubstatus} canceled or withheld)
 * needs no body, and when it has no headline either its {@code uri} stands in, so the withdrawn
 * version still reads as something.
 */
final class JsonStoryParser {

    // A story is a shallow document; anything deeper is a mistake or an attack on the stack.
    private static final int MAX_NESTING_DEPTH = 32;
    private static final int MAX_READ_TIME_MINUTES = 600;
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** @param versionsFromZero whether the desk counts ninjs versions from "0" ({@link NinjsMeta}) */
    FieldNames.Named read(String json, boolean versionsFromZero) {
        JsonNode root = readTree(json);
        NinjsType.requireText(root);
        NinjsMeta meta = NinjsMeta.read(root, versionsFromZero);
        boolean kill = meta.release().isWithdrawn();
        String headline = headline(root, kill ? meta.uri() : null);
        List<String> body = JsonBody.paragraphs(root);
        boolean brief = body.isEmpty() && !kill;
        if (brief) {
            body = JsonBrief.paragraphs(root);
        }
        if (body.isEmpty() && !kill) {
            throw new StoryRejectedException(
                    MISSING_FIELD,
                    "body",
                    "The story has no body: send 'body' (array of paragraphs), 'body_text', 'body_html' or 'bodies'"
                            + " (a brief may send only 'descriptions').");
        }
        Story story = new Story(
                headline,
                section(root),
                JsonFields.integer(root, "readTimeMinutes", "readTimeMinutes", 0, MAX_READ_TIME_MINUTES),
                JsonParts.images(root),
                body,
                JsonParts.teasers(root),
                JsonParts.byline(root),
                JsonParts.language(root));
        return new FieldNames.Named(
                new ParsedStory(story, meta.uri(), meta.version(), meta.release()), JsonNames.of(root, brief));
    }

    private static JsonNode readTree(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new StoryRejectedException(
                    MALFORMED,
                    "The JSON is nested more than %d levels deep or exceeds a size limit: send a flat story object."
                            .formatted(MAX_NESTING_DEPTH));
        } catch (JacksonException e) {
            throw new StoryRejectedException(
                    MALFORMED,
                    "The JSON is not valid%s: %s.".formatted(where(e.getLocation()), readable(e.getOriginalMessage())));
        }
        if (root != null && root.isArray()) {
            throw new StoryRejectedException(
                    MALFORMED,
                    ("The JSON is an array of %d items; send one story object per request, or several as"
                                    + " application/x-ndjson, one object per line.")
                            .formatted(root.size()));
        }
        if (root == null || !root.isObject()) {
            throw new StoryRejectedException(
                    MALFORMED, "The JSON must be one object with the story's fields, e.g. {\"headline\": ...}.");
        }
        return root;
    }

    /** @param standIn what a kill without a headline is headlined with, or null when a headline is required */
    private static String headline(JsonNode root, @Nullable String standIn) {
        // Every candidate is read, so a malformed fallback is refused rather than silently skipped.
        String headline =
                first(JsonFields.text(root, "headline", "headline"), firstName(root, "headlines", "value"), standIn);
        if (headline == null) {
            throw new StoryRejectedException(
                    MISSING_FIELD,
                    "headline",
                    "The story has no headline: send a non-empty 'headline' string (a kill may send only its 'uri').");
        }
        return headline;
    }

    private static @Nullable String section(JsonNode root) {
        return first(
                JsonFields.text(root, "section", "section"),
                firstName(root, "genres", "name"),
                firstName(root, "genre", "name"),
                JsonFields.text(root, "slugline", "slugline"));
    }

    private static @Nullable String first(@Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** The text field {@code field} of the first object in array {@code array}, ninjs's way of listing labelled values. */
    private static @Nullable String firstName(JsonNode root, String array, String field) {
        JsonNode items = JsonFields.array(root, array, array);
        if (items == null || items.isEmpty()) {
            return null;
        }
        String path = array + "[0]";
        return JsonFields.text(JsonFields.object(items.get(0), path), field, path + "." + field);
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
    }

    /** Jackson's wording minus the parts about its own configuration, which mean nothing to a desk. */
    private static String readable(String message) {
        String readable = String.valueOf(message)
                .replaceFirst(" \\(start marker at \\[Source.*$", "")
                .replaceFirst(" \\(bound as `[^`]*`\\): not allowed as per `[^`]*`", "")
                .strip();
        return readable.endsWith(".") ? readable.substring(0, readable.length() - 1) : readable;
    }

    static List<String> splitOnBlankLines(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : Utf8Text.normalise(text).split("\n[ \t]*\n")) {
            String paragraph = JsonFields.cleanText(block);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }
}
