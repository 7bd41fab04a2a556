package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.NOT_UTF8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import news.wireline.events.StoryRejectedException;

/** Strict UTF-8 decoding plus the newline and control-character clean-up both parsers rely on. */
final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {}

    /**
     * Decodes strictly: {@code new String(bytes, UTF_8)} would silently turn bad bytes into U+FFFD
     * and a mis-encoded story would reach readers as mojibake instead of going back to the sender.
     */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more UTF-16 chars than it has bytes, so this buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            int offset = in.position();
            String badByte = offset < bytes.length ? " (byte 0x%02X)".formatted(bytes[offset] & 0xFF) : "";
            throw new StoryRejectedException(
                    NOT_UTF8,
                    "The story is not valid UTF-8 at byte offset %d%s: re-encode it as UTF-8."
                            .formatted(offset, badByte));
        }
        out.flip();
        String text = out.toString();
        return normalise(text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1));
    }

    /**
     * Unix newlines only, no control characters other than newline and tab, and none of what XML
     * cannot carry (U+FFFE, U+FFFF, a lone surrogate from a JSON escape): one such character in a
     * story would leave every Atom and RSS document holding it unreadable.
     */
    static String normalise(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                clean.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    clean.append(c).append(text.charAt(++i));
                }
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c) && c != '\uFFFE' && c != '\uFFFF') {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
