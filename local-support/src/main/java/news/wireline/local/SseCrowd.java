package news.wireline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Thousands of Server-Sent Events readers on raw sockets, all read by one selector thread: a crowd
 * of subscribers for tests and the benchmark, where a thread and an HTTP client each (as {@link
 * SseClient} has) would cost more than the service under test. A reader may also never read, as a
 * client that has stopped reading does, and be told to start later.
 */
public final class SseCrowd implements AutoCloseable {

    private final InetSocketAddress server;
    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
    private final Thread loop;
    private volatile boolean open = true;

    public SseCrowd(String host, int port) {
        this.server = new InetSocketAddress(host, port);
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.loop = new Thread(this::run, "sse-crowd");
        loop.setDaemon(true);
        loop.start();
    }

    /**
     * Connects a reader and sends its request.
     *
     * @param lastEventId sent as Last-Event-ID, or null
     * @param reads       false for a reader that sends its request and then never reads
     * @param receiveBuffer the socket's receive buffer in bytes, or 0 for the system's
     * @param keepData    whether events keep their data, or only their ids and names
     */
    public SseReader connect(
            String pathAndQuery, String lastEventId, boolean reads, int receiveBuffer, boolean keepData) {
        SseReader reader = new SseReader(this, reads, keepData);
        String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + server.getHostString() + ":"
                + server.getPort() + "\r\nAccept: text/event-stream\r\n"
                + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n") + "\r\n";
        submit(() -> {
            try {
                SocketChannel channel = SocketChannel.open();
                if (receiveBuffer > 0) {
                    channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
                }
                channel.configureBlocking(false);
                channel.connect(server);
                reader.attach(channel, ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1)));
                channel.register(selector, SelectionKey.OP_CONNECT, reader);
            } catch (IOException e) {
                reader.failed(e);
            }
        });
        return reader;
    }

    void submit(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    void resume(SseReader reader, SocketChannel channel) {
        submit(() -> {
            SelectionKey key = channel.keyFor(selector);
            if (key != null && key.isValid()) {
                key.interestOps(SelectionKey.OP_READ);
            }
        });
    }

    private void run() {
        while (open) {
            try {
                selector.select(100);
                for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                    task.run();
                }
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    ((SseReader) key.attachment()).ready(key, buffer);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        open = false;
        submit(() -> {});
        try {
            loop.join(5_000);
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
