package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every field of every format at its limit is kept whole, and one over is refused as
 * {@code TOO_LARGE} naming the field as the sender wrote it. The story at the limit is checked
 * to hold exactly that much, so a limit cannot pass by the field being dropped or cut.
 */
class FieldLimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoryParser parser = new StoryParser(2_000_000);

    /**
     * @param size  builds a story whose field under test holds this many characters or items
     * @param kept  how many characters or items of that field the parsed story holds
     */
    record Limit(
            String name,
            String contentType,
            String field,
            int max,
            IntFunction<byte[]> size,
            ToIntFunction<ParsedStory> kept) {
        @Override
        public String toString() {
            return name + " (" + field + " ≤ " + max + ")";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"wireline", "ninjs", "newsItem", "plainText"})
    void keepsAFieldAtItsLimitAndRefusesItOneOver(Limit limit) {
        // When the field is at its limit
        ParsedStory atLimit = parser.read(limit.size().apply(limit.max()), limit.contentType());
        // Then it is kept whole
        assertThat(limit.kept().applyAsInt(atLimit)).isEqualTo(limit.max());

        // When it is one over
        StoryRejectedException rejected = catchThrowableOfType(
                StoryRejectedException.class,
                () -> parser.read(limit.size().apply(limit.max() + 1), limit.contentType()));
        // Then the story is refused, naming the field
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.code()).isEqualTo(RejectCode.TOO_LARGE);
        assertThat(rejected.field()).isEqualTo(limit.field());
        assertThat(rejected.getMessage())
                .contains("'" + limit.field() + "'", String.format(Locale.ROOT, "%,d", limit.max()));
    }

    static Stream<Limit> wireline() {
        return Stream.of(
                json(
                        "wireline",
                        "headline",
                        300,
                        n -> story -> story.put("headline", text(n)),
                        p -> length(p.story().headline())),
                json(
                        "wireline",
                        "section",
                        64,
                        n -> story -> story.put("section", text(n)),
                        p -> length(p.story().section())),
                json(
                        "wireline",
                        "byline.authors",
                        20,
                        n -> story -> byline(story).set("authors", strings(n, i -> "Ana Ruiz " + i)),
                        p -> p.story().byline().authors().size()),
                json(
                        "wireline",
                        "byline.authors[0]",
                        100,
                        n -> story -> byline(story).set("authors", strings(1, i -> text(n))),
                        p -> length(p.story().byline().authors().get(0))),
                json(
                        "wireline",
                        "byline.desk",
                        100,
                        n -> story -> byline(story).put("desk", text(n)),
                        p -> length(p.story().byline().desk())),
                json(
                        "wireline",
                        "teasers",
                        20,
                        n -> story -> story.set("teasers", objects(n, i -> teaser("Other story " + i, null))),
                        p -> p.story().teasers().size()),
                json(
                        "wireline",
                        "teasers[0].headline",
                        300,
                        n -> story -> story.set("teasers", objects(1, i -> teaser(text(n), null))),
                        p -> length(p.story().teasers().get(0).headline())),
                json(
                        "wireline",
                        "teasers[0].summary",
                        1_000,
                        n -> story -> story.set("teasers", objects(1, i -> teaser("Other", text(n)))),
                        p -> length(p.story().teasers().get(0).summary())),
                json(
                        "wireline",
                        "images",
                        50,
                        n -> story -> story.set("images", objects(n, i -> image("Quay " + i, "ANP"))),
                        p -> p.story().images().size()),
                json(
                        "wireline",
                        "images[0].caption",
                        2_000,
                        n -> story -> story.set("images", objects(1, i -> image(text(n), "ANP"))),
                        p -> length(p.story().images().get(0).caption())),
                json(
                        "wireline",
                        "images[0].credit",
                        200,
                        n -> story -> story.set("images", objects(1, i -> image("Quay", text(n)))),
                        p -> length(p.story().images().get(0).credit())),
                json(
                        "wireline",
                        "body",
                        2_000,
                        n -> story -> story.set("body", strings(n, i -> "Paragraph " + i + ".")),
                        p -> p.story().body().size()),
                json(
                        "wireline",
                        "body[0]",
                        20_000,
                        n -> story -> story.set("body", strings(1, i -> text(n))),
                        p -> length(p.story().body().get(0))),
                json(
                        "wireline",
                        "language",
                        35,
                        n -> story -> story.put("language", languageTag(n)),
                        p -> length(p.story().language())));
    }

    static Stream<Limit> ninjs() {
        return Stream.of(
                json(
                        "ninjs",
                        "uri",
                        1_000,
                        n -> story -> story.put("uri", "urn:" + text(n - 4)),
                        p -> length(p.externalId())),
                json(
                        "ninjs",
                        "headlines[0].value",
                        300,
                        n -> story -> {
                            story.remove("headline");
                            story.set(
                                    "headlines",
                                    objects(1, i -> JSON.createObjectNode().put("value", text(n))));
                        },
                        p -> length(p.story().headline())),
                // A kill without a headline is headlined by its uri, which is then held to the headline's limit.
                json(
                        "ninjs",
                        "uri",
                        300,
                        n -> story -> {
                            story.remove("headline");
                            story.put("pubstatus", "canceled").put("uri", "urn:" + text(n - 4));
                        },
                        p -> length(p.story().headline())),
                json(
                        "ninjs",
                        "genres[0].name",
                        64,
                        n -> story -> story.set(
                                "genres",
                                objects(1, i -> JSON.createObjectNode().put("name", text(n)))),
                        p -> length(p.story().section())),
                json(
                        "ninjs",
                        "slugline",
                        64,
                        n -> story -> story.put("slugline", text(n)),
                        p -> length(p.story().section())),
                json(
                        "ninjs",
                        "by",
                        100,
                        n -> story -> story.put("by", text(n)),
                        p -> length(p.story().byline().authors().get(0))),
                json(
                        "ninjs",
                        "byline",
                        100,
                        n -> story -> story.put("byline", text(n)),
                        p -> length(p.story().byline().authors().get(0))),
                json(
                        "ninjs",
                        "byline",
                        20,
                        n -> story -> story.put(
                                "byline",
                                IntStream.range(0, n)
                                        .mapToObj(i -> "Al" + (char) ('a' + i))
                                        .collect(Collectors.joining(", "))),
                        p -> p.story().byline().authors().size()),
                json(
                        "ninjs",
                        "body_text",
                        20_000,
                        n -> story -> story.put("body_text", text(n)),
                        p -> length(p.story().body().get(0))),
                json(
                        "ninjs",
                        "body_text",
                        2_000,
                        n -> story -> story.put("body_text", paragraphs(n, "\n\n")),
                        p -> p.story().body().size()),
                json(
                        "ninjs",
                        "body_html",
                        20_000,
                        n -> story -> {
                            story.remove("body_text");
                            story.put("body_html", "<p>" + text(n) + "</p>");
                        },
                        p -> length(p.story().body().get(0))),
                json(
                        "ninjs",
                        "bodies[0].value",
                        20_000,
                        n -> story -> {
                            story.remove("body_text");
                            story.set(
                                    "bodies",
                                    objects(
                                            1,
                                            i -> JSON.createObjectNode()
                                                    .put("contenttype", "text/plain")
                                                    .put("value", text(n))));
                        },
                        p -> length(p.story().body().get(0))));
    }

    static Stream<Limit> newsItem() {
        return Stream.of(
                xml(
                        "newsItem@guid",
                        1_000,
                        n -> item("urn:" + text(n - 4), "<headline>Ferry</headline>", PARAGRAPH),
                        p -> length(p.externalId())),
                xml(
                        "contentMeta/headline",
                        300,
                        n -> item(GUID, "<headline>" + text(n) + "</headline>", PARAGRAPH),
                        p -> length(p.story().headline())),
                xml(
                        "contentMeta/genre/name",
                        64,
                        n -> item(GUID, HEADLINE + "<genre><name>" + text(n) + "</name></genre>", PARAGRAPH),
                        p -> length(p.story().section())),
                xml(
                        "contentMeta/slugline",
                        64,
                        n -> item(GUID, HEADLINE + "<slugline>" + text(n) + "</slugline>", PARAGRAPH),
                        p -> length(p.story().section())),
                xml(
                        "contentMeta/by",
                        100,
                        n -> item(GUID, HEADLINE + "<by>" + text(n) + "</by>", PARAGRAPH),
                        p -> length(p.story().byline().authors().get(0))),
                xml(
                        "contentMeta/language",
                        35,
                        n -> item(GUID, HEADLINE + "<language tag='" + languageTag(n) + "'/>", PARAGRAPH),
                        p -> length(p.story().language())),
                xml(
                        "contentSet/inlineXML",
                        20_000,
                        n -> item(GUID, HEADLINE, "<inlineXML><p>" + text(n) + "</p></inlineXML>"),
                        p -> length(p.story().body().get(0))),
                xml(
                        "contentSet/inlineXML",
                        2_000,
                        n -> item(
                                GUID,
                                HEADLINE,
                                "<inlineXML>"
                                        + IntStream.range(0, n)
                                                .mapToObj(i -> "<p>Paragraph " + i + ".</p>")
                                                .collect(Collectors.joining())
                                        + "</inlineXML>"),
                        p -> p.story().body().size()),
                xml(
                        "contentSet/inlineData",
                        20_000,
                        n -> item(GUID, HEADLINE, "<inlineData contenttype='text/plain'>" + text(n) + "</inlineData>"),
                        p -> length(p.story().body().get(0))));
    }

    static Stream<Limit> plainText() {
        String top = "World\nFerry service to the Frisian islands resumes after storm\n";
        String copy = "Ferries to Texel and Vlieland sailed again on Friday morning.\n";
        return Stream.of(
                // Where the layout puts the headline: under the section label, above the read time.
                page(
                        "headline",
                        300,
                        n -> "Transport\n" + text(n) + "\n3 min read\n" + copy,
                        p -> length(p.story().headline())),
                page(
                        "headline",
                        300,
                        n -> "KILL\n" + text(n) + "\n",
                        p -> length(p.story().headline())),
                page(
                        "body",
                        20_000,
                        n -> top + text(n - 1) + ".\n",
                        p -> length(p.story().body().get(0))),
                page(
                        "body",
                        2_000,
                        n -> top + paragraphs(n, "\n"),
                        p -> p.story().body().size()),
                page(
                        "images",
                        50,
                        n -> top
                                + IntStream.range(0, n)
                                        .mapToObj(i -> "The quay at dawn " + i + " (Jan de Vries / ANP)\n")
                                        .collect(Collectors.joining())
                                + copy,
                        p -> p.story().images().size()),
                page(
                        "images",
                        2_000,
                        n -> top + text(n) + " (Jan de Vries / ANP)\n" + copy,
                        p -> length(p.story().images().get(0).caption())),
                page(
                        "teasers",
                        20,
                        n -> top
                                + copy
                                + IntStream.range(0, n)
                                        .mapToObj(i -> "Antwerp port workers reject overtime ban " + i
                                                + "\nUnion leaders said they would not…\n")
                                        .collect(Collectors.joining())
                                + copy,
                        p -> p.story().teasers().size()),
                page(
                        "teasers",
                        1_000,
                        n -> top + copy + "Antwerp port workers reject overtime ban\n" + text(n - 1) + "…\n" + copy,
                        p -> length(p.story().teasers().get(0).summary())),
                page(
                        "byline",
                        20,
                        n -> top + "By "
                                + IntStream.range(0, n)
                                        .mapToObj(i -> "Al" + (char) ('a' + i))
                                        .collect(Collectors.joining(", "))
                                + "\n" + copy,
                        p -> p.story().byline().authors().size()),
                page(
                        "byline",
                        100,
                        n -> top + copy + "Avatar\n" + text(n) + "\n",
                        p -> length(p.story().byline().authors().get(0))),
                page(
                        "byline",
                        100,
                        n -> top + copy + "Avatar\n" + text(n - 5) + " desk\n",
                        p -> length(p.story().byline().desk())));
    }

    private static final String GUID = "urn:example:ferry";
    private static final String HEADLINE = "<headline>Ferry service resumes</headline>";
    private static final String PARAGRAPH = "<inlineXML><p>Ferries sailed again.</p></inlineXML>";

    private static Limit json(
            String format,
            String field,
            int max,
            IntFunction<Consumer<ObjectNode>> edit,
            ToIntFunction<ParsedStory> kept) {
        return new Limit(
                format,
                "application/json",
                field,
                max,
                n -> {
                    ObjectNode story =
                            JSON.createObjectNode().put("uri", GUID).put("headline", "Ferry service resumes");
                    if (format.equals("wireline")) {
                        story.set("body", strings(1, i -> "Ferries sailed again."));
                    } else {
                        story.put("body_text", "Ferries sailed again.");
                    }
                    edit.apply(n).accept(story);
                    return JSON.writeValueAsBytes(story);
                },
                kept);
    }

    private static Limit xml(String field, int max, IntFunction<String> item, ToIntFunction<ParsedStory> kept) {
        return new Limit(
                "newsml", "application/xml", field, max, n -> item.apply(n).getBytes(StandardCharsets.UTF_8), kept);
    }

    private static Limit page(String field, int max, IntFunction<String> page, ToIntFunction<ParsedStory> kept) {
        return new Limit("text", "text/plain", field, max, n -> page.apply(n).getBytes(StandardCharsets.UTF_8), kept);
    }

    private static String item(String guid, String contentMeta, String contentSet) {
        return "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='" + guid + "'><contentMeta>" + contentMeta
                + "</contentMeta><contentSet>" + contentSet + "</contentSet></newsItem>";
    }

    /** n characters of one lower-case word, which no parser takes for a name, a sentence or a caption. */
    static String text(int n) {
        return "x".repeat(n);
    }

    private static String paragraphs(int n, String separator) {
        return IntStream.range(0, n).mapToObj(i -> "Paragraph " + i + ".").collect(Collectors.joining(separator))
                + "\n";
    }

    /** A well-formed BCP 47 tag of exactly n characters: "en" and subtags of up to eight. */
    static String languageTag(int n) {
        StringBuilder tag = new StringBuilder("en");
        while (tag.length() < n) {
            int left = n - tag.length();
            int subtag = left > 9 ? (left == 10 ? 8 : 9) : left;
            tag.append('-').append("a".repeat(subtag - 1));
        }
        return tag.toString();
    }

    private static ObjectNode byline(ObjectNode story) {
        ObjectNode byline = story.get("byline") instanceof ObjectNode existing ? existing : JSON.createObjectNode();
        story.set("byline", byline);
        return byline;
    }

    private static ArrayNode strings(int n, IntFunction<String> each) {
        ArrayNode array = JSON.createArrayNode();
        IntStream.range(0, n).mapToObj(each).forEach(array::add);
        return array;
    }

    private static ArrayNode objects(int n, IntFunction<ObjectNode> each) {
        ArrayNode array = JSON.createArrayNode();
        IntStream.range(0, n).mapToObj(each).forEach(array::add);
        return array;
    }

    private static ObjectNode teaser(String headline, String summary) {
        ObjectNode teaser = JSON.createObjectNode().put("headline", headline);
        return summary == null ? teaser : teaser.put("summary", summary);
    }

    private static ObjectNode image(String caption, String credit) {
        return JSON.createObjectNode().put("caption", caption).put("credit", credit);
    }

    private static int length(String text) {
        return text == null ? -1 : text.codePointCount(0, text.length());
    }
}
