package news.wireline.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One reader of an {@link SseCrowd}: what it has been answered and the events it has read, each with when. */
public final class SseReader {

    /** @param receivedNanos {@link System#nanoTime()} when the event's last byte was read */
    public record Event(
            @Nullable String id, String name, @Nullable String data, long receivedNanos) {}

    private final SseCrowd crowd;
    private final SseResponseParser parser;
    private final List<Event> events = new ArrayList<>();
    private final boolean reads;
    private @Nullable SocketChannel channel;
    private @Nullable ByteBuffer request;
    private volatile boolean ended;
    private volatile @Nullable IOException failure;

    SseReader(SseCrowd crowd, boolean reads, boolean keepData) {
        this.crowd = crowd;
        this.reads = reads;
        this.parser = new SseResponseParser(this::parsed, keepData);
    }

    void attach(SocketChannel channel, ByteBuffer request) {
        this.channel = channel;
        this.request = request;
    }

    /** The response's status, 0 until its status line is read. */
    public int status() {
        synchronized (events) {
            return parser.status();
        }
    }

    public @Nullable String retryAfter() {
        synchronized (events) {
            return parser.retryAfter();
        }
    }

    public @Nullable String contentType() {
        synchronized (events) {
            return parser.contentType();
        }
    }

    public List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Whether the response is over: its last chunk read, the connection closed, or failed. */
    public boolean ended() {
        synchronized (events) {
            return ended || parser.complete();
        }
    }

    public @Nullable IOException failure() {
        return failure;
    }

    /** Starts reading a reader that did not, from whatever the socket has kept for it. */
    public void startReading() {
        crowd.resume(this, attached());
    }

    void ready(SelectionKey key, ByteBuffer buffer) {
        try {
            SocketChannel channel = attached();
            if (key.isConnectable() && channel.finishConnect()) {
                key.interestOps(SelectionKey.OP_WRITE);
            } else if (key.isWritable()) {
                ByteBuffer request = Objects.requireNonNull(this.request, "attached with its channel");
                channel.write(request);
                if (!request.hasRemaining()) {
                    key.interestOps(reads ? SelectionKey.OP_READ : 0);
                }
            } else if (key.isReadable()) {
                read(key, buffer);
            }
        } catch (IOException e) {
            failed(e);
            key.cancel();
        }
    }

    private void read(SelectionKey key, ByteBuffer buffer) throws IOException {
        buffer.clear();
        SocketChannel channel = attached();
        int read = channel.read(buffer);
        if (read < 0) {
            ended = true;
            key.cancel();
            channel.close();
            return;
        }
        buffer.flip();
        synchronized (events) {
            parser.feed(buffer);
        }
    }

    private void parsed(SseResponseParser.Parsed event) {
        events.add(new Event(event.id(), event.name(), event.data(), System.nanoTime()));
    }

    /** The selector only hands back a reader once its connection is attached and registered. */
    private SocketChannel attached() {
        return Objects.requireNonNull(channel, "the reader's connection is not open yet");
    }

    void failed(IOException e) {
        failure = e;
        ended = true;
    }
}
