package news.wireline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeptConnectionTest {

    private static final List<String> ANSWERS = List.of(
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n",
            "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\nConnection: close\r\n\r\nbusy",
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

    private final ServerSocket server = new ServerSocket(0);
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();

    KeptConnectionTest() throws IOException {
        Thread serving = new Thread(this::serve, "scripted-server");
        serving.setDaemon(true);
        serving.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    @Test
    void readsEachAnswerToItsEndWhateverItsFramingAndConnectsAgainWhenTheServerCloses() throws IOException {
        try (KeptConnection connection =
                new KeptConnection(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/feed?tag=rail"))) {
            assertThat(List.of(connection.get(), connection.get(), connection.get(), connection.get()))
                    .containsExactly(200, 200, 503, 200);
        }

        assertThat(requestLines).containsOnly("GET /feed?tag=rail HTTP/1.1").hasSize(4);
        assertThat(connections).hasValue(2);
    }

    /** Answers in order, one connection after another, closing a connection after an answer that says it will. */
    private void serve() {
        int next = 0;
        while (next < ANSWERS.size()) {
            try (Socket socket = server.accept()) {
                connections.incrementAndGet();
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = socket.getOutputStream();
                boolean open = true;
                while (open && next < ANSWERS.size()) {
                    requestLines.add(in.readLine());
                    String header = in.readLine();
                    while (header != null && !header.isEmpty()) {
                        header = in.readLine();
                    }
                    String answer = ANSWERS.get(next++);
                    out.write(answer.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    open = !answer.contains("Connection: close");
                }
            } catch (IOException e) {
                return;
            }
        }
    }
}
