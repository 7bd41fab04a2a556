package news.wireline.local;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 response read off a socket in whatever pieces it arrives: the status line and headers,
 * then the body, chunked or not, parsed as Server-Sent Events as the EventSource spec says. Comments
 * are handed on too (as events named {@code :comment}), so a test sees keep-alives and why a stream
 * ended. Not thread-safe: one per connection, fed by one thread.
 */
final class SseResponseParser {

    /** @param data the event's data, or null when the reader keeps only ids and names */
    record Parsed(
            @Nullable String id, String name, @Nullable String data) {}

    private enum Part {
        HEAD,
        CHUNK_SIZE,
        CHUNK_DATA,
        CHUNK_END,
        BODY
    }

    private final Consumer<Parsed> events;
    private final boolean keepData;
    /** The status line, a header or a chunk's size: kept apart, as a chunk may end inside an event's line. */
    private final ByteArrayOutputStream protocolLine = new ByteArrayOutputStream(64);

    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final StringBuilder data = new StringBuilder();
    private Part part = Part.HEAD;
    private boolean statusRead;
    private boolean chunked;
    private long chunkLeft;
    private boolean lastWasCr;
    private int status;
    private @Nullable String retryAfter;
    private @Nullable String contentType;
    private @Nullable String id;
    private String name = "message";
    private boolean hasData;
    private boolean complete;

    SseResponseParser(Consumer<Parsed> events, boolean keepData) {
        this.events = events;
        this.keepData = keepData;
    }

    int status() {
        return status;
    }

    @Nullable String retryAfter() {
        return retryAfter;
    }

    @Nullable String contentType() {
        return contentType;
    }

    /** Whether the last chunk has been read: the response is over, whether or not the connection is. */
    boolean complete() {
        return complete;
    }

    void feed(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            switch (part) {
                case HEAD, CHUNK_SIZE, CHUNK_END -> lineByte(bytes.get());
                case CHUNK_DATA -> {
                    byte b = bytes.get();
                    bodyByte(b);
                    if (--chunkLeft == 0) {
                        part = Part.CHUNK_END;
                    }
                }
                case BODY -> bodyByte(bytes.get());
            }
        }
    }

    /** Protocol lines end in CRLF; the body's lines in LF, CR or CRLF. */
    private void lineByte(byte b) {
        if (b != '\n') {
            if (b != '\r') {
                protocolLine.write(b);
            }
            return;
        }
        String text = protocolLine.toString(StandardCharsets.ISO_8859_1);
        protocolLine.reset();
        switch (part) {
            case HEAD -> headLine(text);
            case CHUNK_SIZE -> {
                int extension = text.indexOf(';');
                chunkLeft = Long.parseLong(extension < 0 ? text.strip() : text.substring(0, extension), 16);
                complete = chunkLeft == 0;
                part = complete ? Part.CHUNK_END : Part.CHUNK_DATA;
            }
            default -> part = Part.CHUNK_SIZE;
        }
    }

    private void headLine(String text) {
        if (!statusRead) {
            status = Integer.parseInt(text.split(" ", 3)[1]);
            statusRead = true;
        } else if (text.isEmpty()) {
            part = chunked ? Part.CHUNK_SIZE : Part.BODY;
        } else {
            int colon = text.indexOf(':');
            String header = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1).strip();
            switch (header) {
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "retry-after" -> retryAfter = value;
                case "content-type" -> contentType = value;
                default -> {}
            }
        }
    }

    private void bodyByte(byte b) {
        if (b == '\n' && lastWasCr) {
            lastWasCr = false;
            return;
        }
        lastWasCr = b == '\r';
        if (b == '\n' || b == '\r') {
            eventLine(line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }

    private void eventLine(String text) {
        if (text.isEmpty()) {
            if (hasData) {
                events.accept(new Parsed(id, name, keepData ? data.toString() : null));
            }
            name = "message";
            data.setLength(0);
            hasData = false;
            return;
        }
        int colon = text.indexOf(':');
        if (colon == 0) {
            events.accept(new Parsed(null, ":comment", text.substring(1).strip()));
            return;
        }
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1).replaceFirst("^ ", "");
        switch (field) {
            case "id" -> id = value;
            case "event" -> name = value;
            case "data" -> {
                if (keepData) {
                    data.append(hasData ? "\n" : "").append(value);
                }
                hasData = true;
            }
            default -> {}
        }
    }
}
