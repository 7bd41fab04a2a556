package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.EMPTY;
import static news.wireline.events.RejectCode.PROCESSING_FAILED;
import static news.wireline.events.RejectCode.TOO_LARGE;

import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a story as received over the wire into a {@link ParsedStory}: scraped page text
 * ({@code text/plain}, kill notices included), JSON (IPTC ninjs 2.x or Wireline's own shape) or
 * an IPTC NewsML-G2 newsItem ({@code application/xml}, {@code text/xml} or any
 * {@code application/*+xml}). The content type the caller passes decides the format; only when it
 * is missing or a catch-all (any type, {@code application/octet-stream}) is the body sniffed.
 *
 * <p>Whatever the format, every field is then held to {@link FieldLimits}, so no story reaches a
 * later stage with more than it can store.
 *
 * <p>Every refusal is a {@link StoryRejectedException} carrying a reject code, the field at fault
 * where there is one, and a message a wire desk can act on. Nothing else escapes, whatever the
 * bytes: the caller turns the exception into an HTTP 4xx or a dead letter without guessing.
 */
public final class StoryParser {

    private static final Logger log = LoggerFactory.getLogger(StoryParser.class);

    private final int maxBytes;
    private final PlainTextParser plainText = new PlainTextParser();
    private final JsonStoryParser json = new JsonStoryParser();
    private final NewsItemParser newsItem = new NewsItemParser();

    /** @param maxBytes the largest body accepted, checked before any decoding work is done */
    public StoryParser(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @param body the raw bytes, expected to be UTF-8 (a leading byte order mark is allowed)
     * @param contentType the declared media type, or null to sniff it from the content
     * @return the story with what its desk said about it: id, version, status, urgency, embargo
     * @throws StoryRejectedException when the story cannot be accepted
     */
    public ParsedStory read(byte[] body, @Nullable String contentType) {
        return read(body, contentType, false);
    }

    /** As {@link #read(byte[], String)}, for a desk that counts its ninjs versions from "0" when {@code versionsFromZero}. */
    public ParsedStory read(byte[] body, @Nullable String contentType, boolean versionsFromZero) {
        if (body == null || body.length == 0) {
            throw new StoryRejectedException(EMPTY, "The story is empty: send the story text as the body.");
        }
        if (body.length > maxBytes) {
            throw new StoryRejectedException(
                    TOO_LARGE,
                    "The story is %d bytes; the limit is %d bytes. Send the text without embedded media or split it."
                            .formatted(body.length, maxBytes));
        }
        Format format = Format.of(contentType);
        String text = Utf8Text.decode(body);
        if (Lines.isBlank(text)) {
            throw new StoryRejectedException(
                    EMPTY, "The story contains only whitespace: send the story text as the body.");
        }
        try {
            FieldNames.Named named = switch (format.resolve(text)) {
                case JSON -> json.read(text, versionsFromZero);
                case XML -> newsItem.read(text);
                default -> new FieldNames.Named(plainText.read(text), FieldNames.PLAIN_TEXT);
            };
            return FieldLimits.check(named);
        } catch (StoryRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            // A parser bug must not read as the sender's fault, nor escape as a bare runtime exception.
            log.error("Story parser failed unexpectedly", e);
            StoryRejectedException rejected = new StoryRejectedException(
                    PROCESSING_FAILED,
                    "The story could not be parsed because of a fault in Wireline, not in the story: report it to the Wireline team.");
            rejected.initCause(e);
            throw rejected;
        }
    }
}
