package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.INVALID_FIELD;
import static news.wireline.events.RejectCode.MALFORMED;
import static news.wireline.events.RejectCode.MISSING_FIELD;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one IPTC NewsML-G2 {@code newsItem}: {@code @guid} and {@code @version}; from
 * {@code itemMeta} the {@code pubStatus} qcode ("stat:usable", "stat:canceled", "stat:withheld"),
 * {@code embargoed}, and {@code versionCreated} and {@code firstCreated}, which are checked but not
 * kept; from {@code contentMeta} {@code urgency}, {@code headline}, {@code genre/name} or
 * {@code slugline} as section, {@code by} and {@code language@tag}; the body from the XHTML of the
 * first {@code contentSet/inlineXML}, or the text of an {@code inlineData}. Subjects, located and
 * everything else are ignored. As in ninjs, a kill needs no body and may go without a headline,
 * in which case its guid stands in.
 */
final class NewsItemParser {

    private static final String NAR = "http://iptc.org/std/nar/2006-10-01/";

    FieldNames.Named read(String xml) {
        Element item = SafeXml.parse(xml).getDocumentElement();
        if (!NAR.equals(item.getNamespaceURI()) || !"newsItem".equals(item.getLocalName())) {
            throw new StoryRejectedException(
                    MALFORMED,
                    ("The XML must be one NewsML-G2 newsItem in namespace %s," + " but its root element is <%s>.")
                            .formatted(NAR, FieldRules.echo(item.getTagName())));
        }
        Element itemMeta = child(item, "itemMeta");
        Element contentMeta = child(item, "contentMeta");
        instant(itemMeta, "versionCreated");
        instant(itemMeta, "firstCreated");
        String urgency = text(child(contentMeta, "urgency"));
        Release release = new Release(
                status(child(itemMeta, "pubStatus")),
                urgency == null ? Release.DEFAULT_URGENCY : FieldRules.urgency(urgency, "contentMeta/urgency"),
                instant(itemMeta, "embargoed"));
        String guid = attribute(item, "guid");
        String version = attribute(item, "version");
        Integer number = version == null ? null : FieldRules.version(version, "newsItem@version");
        String language = FieldRules.language(attribute(child(contentMeta, "language"), "tag"), "contentMeta/language");
        String headline = text(child(contentMeta, "headline"));
        if (headline == null && !(release.isWithdrawn() && guid != null)) {
            throw new StoryRejectedException(
                    MISSING_FIELD,
                    "contentMeta/headline",
                    "The newsItem has no headline: send contentMeta/headline (a kill may send only its guid).");
        }
        List<String> body = body(child(item, "contentSet"));
        if (body.isEmpty() && !release.isWithdrawn()) {
            throw new StoryRejectedException(
                    MISSING_FIELD,
                    "contentSet/inlineXML",
                    "The newsItem has no body: send the story as XHTML paragraphs in contentSet/inlineXML.");
        }
        Story story = new Story(
                headline != null ? headline : Objects.requireNonNull(guid, "only a kill with a guid has no headline"),
                section(contentMeta),
                null,
                List.of(),
                body,
                List.of(),
                Bylines.fromField(text(child(contentMeta, "by"))),
                language);
        FieldNames names = FieldNames.newsItem(
                headline == null,
                text(child(child(contentMeta, "genre"), "name")) != null,
                child(child(item, "contentSet"), "inlineXML") != null);
        return new FieldNames.Named(new ParsedStory(story, guid, number, release), names);
    }

    /** The code after the scheme alias of a qcode ("stat:canceled") or the last segment of a uri. */
    private static Release.Status status(@Nullable Element pubStatus) {
        if (pubStatus == null) {
            return Release.Status.USABLE;
        }
        String qcode = attribute(pubStatus, "qcode");
        String uri = attribute(pubStatus, "uri");
        if (qcode == null && uri == null) {
            throw new StoryRejectedException(
                    INVALID_FIELD,
                    "itemMeta/pubStatus",
                    "itemMeta/pubStatus needs a qcode: stat:usable, stat:canceled or stat:withheld.");
        }
        String code = qcode != null
                ? qcode.substring(qcode.indexOf(':') + 1)
                : Objects.requireNonNull(uri, "one of the two is there").substring(uri.lastIndexOf('/') + 1);
        return FieldRules.status(code, "itemMeta/pubStatus");
    }

    private static List<String> body(@Nullable Element contentSet) {
        Element inlineXml = child(contentSet, "inlineXML");
        if (inlineXml != null) {
            return XhtmlParagraphs.of(inlineXml);
        }
        Element inlineData = child(contentSet, "inlineData");
        if (inlineData == null) {
            return List.of();
        }
        String contentType = attribute(inlineData, "contenttype");
        boolean html =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        return html
                ? HtmlParagraphs.of(inlineData.getTextContent())
                : JsonStoryParser.splitOnBlankLines(inlineData.getTextContent());
    }

    private static @Nullable String section(@Nullable Element contentMeta) {
        String genre = text(child(child(contentMeta, "genre"), "name"));
        return genre != null ? genre : text(child(contentMeta, "slugline"));
    }

    private static @Nullable Instant instant(@Nullable Element itemMeta, String name) {
        String text = text(child(itemMeta, name));
        return text == null ? null : FieldRules.instant(text, "itemMeta/" + name);
    }

    /** The first child element in the NewsML-G2 namespace with this name; null when there is none or no parent. */
    private static @Nullable Element child(@Nullable Element parent, String name) {
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && NAR.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** The element's text on one line, tidied; null when the element is missing or blank. */
    private static @Nullable String text(@Nullable Element element) {
        String text = element == null ? "" : JsonFields.cleanText(element.getTextContent());
        return text.isEmpty() ? null : text;
    }

    private static @Nullable String attribute(@Nullable Element element, String name) {
        String value = element == null ? "" : JsonFields.cleanText(element.getAttribute(name));
        return value.isEmpty() ? null : value;
    }
}
