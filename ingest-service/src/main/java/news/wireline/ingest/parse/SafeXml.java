package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.MALFORMED;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from desks with the JDK's own parser, locked down: any DOCTYPE is refused outright,
 * which rules out external entities (XXE) and entity expansion (billion laughs) before either can
 * start, and element depth is capped so a deeply nested document fails fast instead of costing
 * stack further on. Whatever fails reads as {@code MALFORMED} with the line and column.
 */
final class SafeXml {

    // NewsML-G2 with XHTML inside reaches about a dozen levels; far more is a mistake or an attack.
    private static final String MAX_ELEMENT_DEPTH = "64";
    private static final ErrorHandler FAIL_ON_ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // A warning does not make the document unreadable; the default handler would print it to stderr.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SafeXml() {}

    static Document parse(String xml) {
        try {
            return builder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw rejected(
                    xml, " at line %d, column %d".formatted(e.getLineNumber(), e.getColumnNumber()), e.getMessage());
        } catch (SAXException | IOException e) {
            throw rejected(xml, "", e.getMessage());
        }
    }

    private static StoryRejectedException rejected(String xml, String where, @Nullable String reason) {
        // Parser wording names Xerces features; a desk needs to hear what to change.
        if (xml.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            return new StoryRejectedException(
                    MALFORMED,
                    "The XML has a DOCTYPE%s: Wireline refuses DTDs, because their".formatted(where)
                            + " entities can read files or expand without bound. Send the newsItem without a DOCTYPE.");
        }
        return new StoryRejectedException(MALFORMED, "The XML is not well-formed%s: %s".formatted(where, reason));
    }

    /** A new builder per document: builders are not thread-safe, and building one is cheap next to parsing. */
    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ERRORS);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports every feature set here", e);
        }
    }
}
