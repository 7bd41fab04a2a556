package news.wireline.ingest.parse;

/**
 * What each part of a {@link ParsedStory} is called in the format it came in, so a refusal names
 * the field the sender wrote ("headlines[0].value", "contentMeta/headline") rather than Wireline's
 * own. A name holding {@code %d} takes the item's position, counted from 0 like a JSON index.
 *
 * <p>Page text has no field names; its parts are named as the ingest guide describes the layout.
 */
record FieldNames(
        String headline,
        String section,
        String authors,
        String author,
        String desk,
        String images,
        String caption,
        String credit,
        String teasers,
        String teaserHeadline,
        String teaserSummary,
        String body,
        String paragraph,
        String language,
        String externalId) {

    static final FieldNames PLAIN_TEXT = new FieldNames(
            "headline",
            "section",
            "byline",
            "byline",
            "byline",
            "images",
            "images",
            "images",
            "teasers",
            "teasers",
            "teasers",
            "body",
            "body",
            "language",
            "id");

    static FieldNames newsItem(boolean headlineFromGuid, boolean sectionFromGenre, boolean bodyInline) {
        String body = bodyInline ? "contentSet/inlineXML" : "contentSet/inlineData";
        return new FieldNames(
                headlineFromGuid ? "newsItem@guid" : "contentMeta/headline",
                sectionFromGenre ? "contentMeta/genre/name" : "contentMeta/slugline",
                "contentMeta/by",
                "contentMeta/by",
                "contentMeta/by",
                "contentSet",
                "contentSet",
                "contentSet",
                "contentSet",
                "contentSet",
                "contentSet",
                body,
                body,
                "contentMeta/language",
                "newsItem@guid");
    }

    /** A part held in a list: the name with the item's position filled in. */
    static String item(String name, int index) {
        return name.contains("%d") ? name.formatted(index) : name;
    }

    /** A story as its parser read it, with the names its parts have in the sender's format. */
    record Named(ParsedStory parsed, FieldNames names) {}
}
