package news.wireline.ingest.parse;

import java.util.List;
import java.util.Locale;
import news.wireline.events.Story;
import org.jspecify.annotations.Nullable;

/**
 * The most Wireline keeps of every story field, checked once on every story whatever its format.
 * Each limit is far above real wire copy and below what a later stage can hold: publish indexes
 * {@code lower(section)} and tag names in PostgreSQL B-trees, whose rows must stay under about
 * 2,700 bytes, and lists a story's headline, teasers and first paragraph on every feed page. The
 * ingest guide's "Limits" table gives the reason for each. Lengths are Unicode code points, counted
 * after the parsers have tidied the text (whitespace collapsed, control characters removed).
 *
 * <p>Version, urgency, language and date-times are checked while parsing, in {@link FieldRules},
 * against the limits here; whole-story byte limits are ingest's {@code IngestLimitSettings}.
 */
final class FieldLimits {

    static final int MAX_HEADLINE = 300;
    // 64 code points are at most 256 bytes of UTF-8 in the section index.
    static final int MAX_SECTION = 64;
    static final int MAX_AUTHORS = 20;
    static final int MAX_AUTHOR = 100;
    static final int MAX_DESK = 100;
    static final int MAX_TEASERS = 20;
    static final int MAX_TEASER_HEADLINE = 300;
    static final int MAX_TEASER_SUMMARY = 1_000;
    static final int MAX_IMAGES = 50;
    static final int MAX_CAPTION = 2_000;
    static final int MAX_CREDIT = 200;
    static final int MAX_PARAGRAPHS = 2_000;
    static final int MAX_PARAGRAPH = 20_000;
    // RFC 5646 asks implementations to take tags of at least 35 characters; none registered is longer.
    static final int MAX_LANGUAGE = 35;
    // Only the desk's identifier before it is hashed into a story id; a longer one is no identifier a desk keeps.
    static final int MAX_EXTERNAL_ID = 1_000;
    static final int MAX_ECHOED_LENGTH = 40;

    private FieldLimits() {}

    /** @return the story unchanged when every field is within its limit */
    static ParsedStory check(FieldNames.Named named) {
        ParsedStory parsed = named.parsed();
        FieldNames names = named.names();
        Story story = parsed.story();
        length(story.headline(), MAX_HEADLINE, names.headline(), "The headline");
        length(story.section(), MAX_SECTION, names.section(), "The section");
        length(parsed.externalId(), MAX_EXTERNAL_ID, names.externalId(), "The story's identifier");
        length(story.language(), MAX_LANGUAGE, names.language(), "The language tag");
        byline(story.byline(), names);
        images(story.images(), names);
        teasers(story.teasers(), names);
        body(story.body(), names);
        return parsed;
    }

    private static void byline(Story.@Nullable Byline byline, FieldNames names) {
        if (byline == null) {
            return;
        }
        count(byline.authors(), MAX_AUTHORS, names.authors(), "authors");
        for (int i = 0; i < byline.authors().size(); i++) {
            length(byline.authors().get(i), MAX_AUTHOR, FieldNames.item(names.author(), i), "Author " + (i + 1));
        }
        length(byline.desk(), MAX_DESK, names.desk(), "The desk credit");
    }

    private static void images(List<Story.Image> images, FieldNames names) {
        count(images, MAX_IMAGES, names.images(), "images");
        for (int i = 0; i < images.size(); i++) {
            length(
                    images.get(i).caption(),
                    MAX_CAPTION,
                    FieldNames.item(names.caption(), i),
                    "The caption of image " + (i + 1));
            length(
                    images.get(i).credit(),
                    MAX_CREDIT,
                    FieldNames.item(names.credit(), i),
                    "The credit of image " + (i + 1));
        }
    }

    private static void teasers(List<Story.Teaser> teasers, FieldNames names) {
        count(teasers, MAX_TEASERS, names.teasers(), "teasers");
        for (int i = 0; i < teasers.size(); i++) {
            Story.Teaser teaser = teasers.get(i);
            length(
                    teaser.headline(),
                    MAX_TEASER_HEADLINE,
                    FieldNames.item(names.teaserHeadline(), i),
                    "The headline of teaser " + (i + 1));
            length(
                    teaser.summary(),
                    MAX_TEASER_SUMMARY,
                    FieldNames.item(names.teaserSummary(), i),
                    "The summary of teaser " + (i + 1));
        }
    }

    private static void body(List<String> paragraphs, FieldNames names) {
        count(paragraphs, MAX_PARAGRAPHS, names.body(), "paragraphs");
        for (int i = 0; i < paragraphs.size(); i++) {
            length(paragraphs.get(i), MAX_PARAGRAPH, FieldNames.item(names.paragraph(), i), "Paragraph " + (i + 1));
        }
    }

    static void count(List<?> items, int max, String field, String what) {
        if (items.size() > max) {
            throw new FieldTooLarge(
                    field,
                    String.format(
                            Locale.ROOT,
                            "Field '%s' has %,d %s; the limit is %,d %s.",
                            field,
                            items.size(),
                            what,
                            max,
                            what));
        }
    }

    /** Null passes: a missing field has no length, and whether it may be missing is the parser's call. */
    static void length(@Nullable String text, int max, String field, String what) {
        if (text == null) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new FieldTooLarge(
                    field,
                    String.format(
                            Locale.ROOT,
                            "%s ('%s') is %,d characters long, starting \"%s\"; the limit is %,d characters.",
                            what,
                            field,
                            length,
                            echo(text),
                            max));
        }
    }

    private static String echo(String text) {
        int end = text.offsetByCodePoints(0, Math.min(MAX_ECHOED_LENGTH, text.codePointCount(0, text.length())));
        return text.substring(0, end) + (end < text.length() ? "…" : "");
    }
}
