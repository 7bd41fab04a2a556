package news.wireline.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An ordinary story whose fields a hostile case replaces, written out in each format ingest reads.
 * JSON is built by Jackson and XML text escaped, so a payload arrives as the field's value and
 * tests the service, not this writer.
 */
record HostileStory(
        String headline,
        String section,
        String byline,
        String caption,
        List<String> body,
        String language,
        String uri,
        String version) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Format {
        TEXT("text/plain; charset=utf-8"),
        NINJS("application/json"),
        WIRELINE("application/json"),
        NEWSML("application/xml");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    static HostileStory ordinary(int n) {
        return new HostileStory(
                "Harbour board reviews the winter ferry timetable " + n,
                "Transport",
                "Ana Ferreira",
                "The ferry pier at dawn",
                List.of(
                        "The harbour board met on Thursday to review the winter timetable for the island ferries.",
                        "Members said the changes would be announced after a public meeting next month."),
                "en",
                null,
                "1");
    }

    HostileStory with(String field, String value) {
        return switch (field) {
            case "headline" -> new HostileStory(value, section, byline, caption, body, language, uri, version);
            case "section" -> new HostileStory(headline, value, byline, caption, body, language, uri, version);
            case "byline" -> new HostileStory(headline, section, value, caption, body, language, uri, version);
            case "caption" -> new HostileStory(headline, section, byline, value, body, language, uri, version);
            case "body" ->
                new HostileStory(
                        headline, section, byline, caption, List.of(value, body.get(1)), language, uri, version);
            case "language" -> new HostileStory(headline, section, byline, caption, body, value, uri, version);
            case "uri" -> new HostileStory(headline, section, byline, caption, body, language, value, version);
            case "version" -> new HostileStory(headline, section, byline, caption, body, language, uri, value);
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }

    /**
     * The fields a format carries explicitly; plain text has no language, uri, version or caption,
     * and its section is a guess from the layout, so it is left out there.
     */
    static List<String> fieldsOf(Format format) {
        return switch (format) {
            case TEXT -> List.of("headline", "byline", "body");
            case NINJS -> List.of("headline", "section", "byline", "body", "language", "uri", "version");
            case WIRELINE -> List.of("headline", "section", "byline", "caption", "body", "language");
            case NEWSML -> List.of("headline", "section", "byline", "body", "language", "uri", "version");
        };
    }

    String text(Format format) {
        return switch (format) {
            case TEXT -> plainText();
            case NINJS -> ninjs(node -> {}).toString();
            case WIRELINE -> wireline(node -> {}).toString();
            case NEWSML -> newsMl();
        };
    }

    byte[] bytes(Format format) {
        return text(format).getBytes(StandardCharsets.UTF_8);
    }

    private String plainText() {
        return section + "\n" + headline + "\n3 min read\nBy " + byline + "\n" + String.join("\n", body) + "\n";
    }

    /** ninjs, after {@code change} has had its way with the document. */
    ObjectNode ninjs(Consumer<ObjectNode> change) {
        ObjectNode node = JSON.createObjectNode();
        if (uri != null) {
            node.put("uri", uri);
        }
        node.put("version", version);
        node.put("language", language);
        node.put("headline", headline);
        node.put("by", byline);
        node.putArray("genre").addObject().put("name", section);
        node.put("body_text", String.join("\n\n", body));
        change.accept(node);
        return node;
    }

    /** Wireline's own JSON shape, after {@code change}. */
    ObjectNode wireline(Consumer<ObjectNode> change) {
        ObjectNode node = JSON.createObjectNode();
        node.put("headline", headline);
        node.put("section", section);
        node.putObject("byline").putArray("authors").add(byline);
        node.putArray("images").addObject().put("caption", caption).put("credit", "Lotte Bakker / Harbour Pictures");
        body.forEach(node.putArray("body")::add);
        node.put("language", language);
        change.accept(node);
        return node;
    }

    private String newsMl() {
        StringBuilder paragraphs = new StringBuilder();
        body.forEach(
                paragraph -> paragraphs.append("<p>").append(xml(paragraph)).append("</p>"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="%s" version="%s" standard="NewsML-G2" standardversion="2.33">
                  <itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:usable"/></itemMeta>
                  <contentMeta><genre qcode="genre:x"><name>%s</name></genre><headline>%s</headline><by>%s</by><language tag="%s"/></contentMeta>
                  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>%s</body></html></inlineXML></contentSet>
                </newsItem>
                """.formatted(
                        xml(uri == null ? "urn:wireline:hostile:" + Math.abs(headline.hashCode()) : uri),
                        xml(version),
                        xml(section),
                        xml(headline),
                        xml(byline),
                        xml(language),
                        paragraphs);
    }

    static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
