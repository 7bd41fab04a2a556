package news.wireline.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection sending the same GET again and again, reading each answer
 * to its end (by Content-Length or chunks), and connecting again when the server says it closes
 * (Tomcat does after 100 requests). A socket and a few lines rather than the JDK's HttpClient,
 * whose own hand-offs between threads add milliseconds the feed did not spend.
 */
final class KeptConnection implements AutoCloseable {

    private final URI url;
    private final byte[] request;
    private final byte[] skip = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeptConnection(URI url) throws IOException {
        this.url = url;
        connect();
        String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        request = ("GET " + target + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                        + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the request and reads the whole answer; returns its status. */
    int get() throws IOException {
        out.write(request);
        out.flush();
        int status = Integer.parseInt(line().split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long chunk = Long.parseLong(line().split(";")[0].trim(), 16);
                    chunk > 0;
                    chunk = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(chunk);
                line();
            }
            line();
        } else if (length > 0) {
            skip(length);
        }
        if (closing) {
            socket.close();
            connect();
        }
        return status;
    }

    private void connect() throws IOException {
        socket = new Socket(url.getHost(), url.getPort());
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            int read = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (read < 0) {
                throw new EOFException("the answer ended early");
            }
            left -= read;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
