package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.UNSUPPORTED_CONTENT_TYPE;

import java.util.Locale;
import news.wireline.events.StoryRejectedException;

/** Which parser reads a body, chosen from its declared content type or, lacking one, its first character. */
enum Format {
    PLAIN_TEXT,
    JSON,
    SNIFF;

    private static final int MAX_ECHOED_LENGTH = 80;

    /** Charset parameters are ignored: bodies are always decoded as UTF-8, and refused if they are not. */
    static Format of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return SNIFF;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("text/plain")) {
            return PLAIN_TEXT;
        }
        if (mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            return JSON;
        }
        // Clients that declare "anything" or "raw bytes" have not really declared a type.
        if (mediaType.equals("*/*") || mediaType.equals("application/octet-stream")) {
            return SNIFF;
        }
        throw new StoryRejectedException(UNSUPPORTED_CONTENT_TYPE, "contentType",
                "Content type '%s' is not supported: send text/plain (page text) or application/json (ninjs or a Wireline story)."
                        .formatted(echo(contentType)));
    }

    Format resolve(String text) {
        if (this != SNIFF) {
            return this;
        }
        return text.stripLeading().startsWith("{") ? JSON : PLAIN_TEXT;
    }

    private static String echo(String contentType) {
        String printable = contentType.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= MAX_ECHOED_LENGTH ? printable : printable.substring(0, MAX_ECHOED_LENGTH) + "…";
    }
}
