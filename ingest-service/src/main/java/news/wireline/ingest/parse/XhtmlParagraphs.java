package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Body paragraphs from the XHTML a NewsML-G2 {@code inlineXML} carries: block elements ({@code p},
 * headings, list items, {@code section}...) end a paragraph, inline elements keep their text.
 * Elements are matched by local name only, since desks often leave the XHTML namespace out.
 */
final class XhtmlParagraphs {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "table",
            "tr");
    // Captions and credits are not copy, and a head's title would repeat the headline.
    private static final Set<String> HIDDEN = Set.of("head", "script", "style", "figure", "figcaption");

    private XhtmlParagraphs() {}

    /** @param content the {@code inlineXML} element; only its {@code body} is read when it has one */
    static List<String> of(Element content) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        // Depth is bounded by SafeXml's element-depth limit, so recursion cannot exhaust the stack.
        walk(body(content), current, paragraphs);
        flush(current, paragraphs);
        return paragraphs;
    }

    private static Node body(Element content) {
        var bodies = content.getElementsByTagNameNS("*", "body");
        return bodies.getLength() > 0 ? bodies.item(0) : content;
    }

    private static void walk(Node node, StringBuilder current, List<String> paragraphs) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                current.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                String name = child.getLocalName().toLowerCase(Locale.ROOT);
                if (HIDDEN.contains(name)) {
                    continue;
                }
                boolean block = BLOCKS.contains(name);
                if (block) {
                    flush(current, paragraphs);
                } else if (name.equals("br")) {
                    current.append(' ');
                }
                walk(child, current, paragraphs);
                if (block) {
                    flush(current, paragraphs);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = JsonFields.cleanText(current.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
