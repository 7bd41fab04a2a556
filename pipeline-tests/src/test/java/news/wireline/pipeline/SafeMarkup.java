package news.wireline.pipeline;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What a browser or feed reader would run, found in a page or feed: script and other active
 * elements, event-handler attributes, and script URLs. Feeds must also stay well-formed XML, or a
 * reader loses every story in them.
 */
final class SafeMarkup {

    private static final Set<String> ACTIVE_ELEMENTS =
            Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "base", "form");
    private static final Set<String> HTML_IN_FEEDS = Set.of("content", "summary", "description", "encoded");

    private SafeMarkup() {}

    /** Problems in an HTML document or fragment; empty when it is safe to show. */
    static List<String> inHtml(String html, String where) {
        List<String> problems = new ArrayList<>();
        for (Element element : Jsoup.parse(html).getAllElements()) {
            String tag = element.normalName();
            if (ACTIVE_ELEMENTS.contains(tag) || tag.equals("meta") && element.hasAttr("http-equiv")) {
                problems.add(where + ": <" + tag + "> element: " + abbreviate(element.outerHtml()));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value =
                        attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add(where + ": handler attribute " + name + " on <" + tag + ">");
                }
                if (value.startsWith("javascript:")
                        || value.startsWith("vbscript:")
                        || value.startsWith("data:text/html")
                        || name.equals("style") && (value.contains("javascript:") || value.contains("expression("))) {
                    problems.add(where + ": script URL in " + name + " on <" + tag + ">: " + abbreviate(value));
                }
            }
        }
        return problems;
    }

    /** Atom or RSS: well-formed, and every part a reader shows as HTML safe as HTML. */
    static List<String> inFeed(String xml, String where) {
        Document feed;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            feed = builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            return List.of(where + ": not well-formed XML: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        NodeList all = feed.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
            String type = element.getAttribute("type");
            boolean html =
                    HTML_IN_FEEDS.contains(element.getLocalName()) && !type.equals("text") || type.equals("html");
            if (html) {
                problems.addAll(inHtml(element.getTextContent(), where + " <" + element.getLocalName() + ">"));
            }
        }
        return problems;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
