package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.UNSUPPORTED_CONTENT_TYPE;

import java.util.Locale;
import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * Which parser reads a body. The sender's content type (HTTP header or Kafka record header)
 * decides; only a missing or catch-all type is sniffed from the first character, so a declared
 * format is never second-guessed.
 */
enum Format {
    PLAIN_TEXT,
    JSON,
    XML,
    SNIFF;

    private static final int MAX_ECHOED_LENGTH = 80;
    // Far longer than any media type with its parameters; a longer header is noise or an attack.
    static final int MAX_CONTENT_TYPE_LENGTH = 200;

    /** Charset parameters are ignored: bodies are always decoded as UTF-8, and refused if they are not. */
    static Format of(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return SNIFF;
        }
        if (contentType.length() > MAX_CONTENT_TYPE_LENGTH) {
            throw new FieldTooLarge(
                    "contentType",
                    String.format(
                            Locale.ROOT,
                            "Content type '%s' is %,d characters long; the limit is %d.",
                            echo(contentType),
                            contentType.length(),
                            MAX_CONTENT_TYPE_LENGTH));
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("text/plain")) {
            return PLAIN_TEXT;
        }
        if (mediaType.equals("application/json") || suffixed(mediaType, "+json")) {
            return JSON;
        }
        // NewsML-G2 goes as application/xml, text/xml or application/vnd.iptc.g2.newsitem+xml.
        if (mediaType.equals("application/xml") || mediaType.equals("text/xml") || suffixed(mediaType, "+xml")) {
            return XML;
        }
        // Clients that declare "anything" or "raw bytes" have not really declared a type.
        if (mediaType.equals("*/*") || mediaType.equals("application/octet-stream")) {
            return SNIFF;
        }
        throw new StoryRejectedException(
                UNSUPPORTED_CONTENT_TYPE,
                "contentType",
                ("Content type '%s' is not supported: send text/plain (page text), application/json (ninjs or a"
                                + " Wireline story) or application/xml (a NewsML-G2 newsItem).")
                        .formatted(echo(contentType)));
    }

    /**
     * The declared format, or for a sniffed body: JSON from '{' or '[', NewsML-G2 from '<', else page
     * text. '[' is JSON so that an array of items, an agency feed sent whole, is refused as one
     * rather than read as a page whose headline is its first line.
     */
    Format resolve(String text) {
        if (this != SNIFF) {
            return this;
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return JSON;
        }
        return start.startsWith("<") ? XML : PLAIN_TEXT;
    }

    private static boolean suffixed(String mediaType, String suffix) {
        return mediaType.startsWith("application/") && mediaType.endsWith(suffix);
    }

    private static String echo(String contentType) {
        String printable = contentType.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= MAX_ECHOED_LENGTH ? printable : printable.substring(0, MAX_ECHOED_LENGTH) + "…";
    }
}
