package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.EMPTY;
import static news.wireline.events.RejectCode.PROCESSING_FAILED;
import static news.wireline.events.RejectCode.TOO_LARGE;

import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;

/**
 * Turns a story as received over the wire into a {@link Story}: scraped page text
 * ({@code text/plain}) or JSON (IPTC ninjs or Wireline's own shape).
 *
 * <p>Every refusal is a {@link StoryRejectedException} carrying a reject code, the field at fault
 * where there is one, and a message a wire desk can act on. Nothing else escapes, whatever the
 * bytes: the caller turns the exception into an HTTP 4xx or a dead letter without guessing.
 */
public final class StoryParser {

    private static final System.Logger LOG = System.getLogger(StoryParser.class.getName());

    private final int maxBytes;
    private final PlainTextParser plainText = new PlainTextParser();
    private final JsonStoryParser json = new JsonStoryParser();

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
     * @throws StoryRejectedException when the story cannot be accepted
     */
    public Story parse(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new StoryRejectedException(EMPTY, "The story is empty: send the story text as the body.");
        }
        if (body.length > maxBytes) {
            throw new StoryRejectedException(TOO_LARGE, "The story is %d bytes; the limit is %d bytes. Send the text without embedded media or split it."
                    .formatted(body.length, maxBytes));
        }
        Format format = Format.of(contentType);
        String text = Utf8Text.decode(body);
        if (Lines.isBlank(text)) {
            throw new StoryRejectedException(EMPTY, "The story contains only whitespace: send the story text as the body.");
        }
        try {
            return format.resolve(text) == Format.JSON ? json.parse(text) : plainText.parse(text);
        } catch (StoryRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            // A parser bug must not read as the sender's fault, nor escape as a bare runtime exception.
            LOG.log(System.Logger.Level.ERROR, "Story parser failed unexpectedly", e);
            StoryRejectedException rejected = new StoryRejectedException(PROCESSING_FAILED,
                    "The story could not be parsed because of a fault in Wireline, not in the story: report it to the Wireline team.");
            rejected.initCause(e);
            throw rejected;
        }
    }
}
