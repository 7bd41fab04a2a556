package news.wireline.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A Server-Sent Events reader on the JDK's HTTP client, parsing the stream as the EventSource spec
 * says: a subscriber's view of a live feed, for tests.
 */
public final class SseClient implements AutoCloseable {

    public record Event(@Nullable String id, String name, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<InputStream> response;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** @param lastEventId sent as Last-Event-ID, as a reconnecting EventSource does; null for a first connection */
    public static SseClient open(String url, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return new SseClient(response);
    }

    public HttpResponse<InputStream> response() {
        return response;
    }

    /** The next event, waiting at most {@code timeout}; fails the test when none comes. */
    public Event next(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + timeout);
        }
        return event;
    }

    /** The next event whose data mentions {@code text}, skipping others; fails when none comes in time. */
    public Event next(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (event != null && event.data().contains(text)) {
                return event;
            }
        }
        throw new AssertionError("no event about " + text + " within " + timeout);
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (!line.startsWith(":")) {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
                        default -> {}
                    }
                }
            }
        } catch (IOException e) {
            // closed by the test, or by the server
        }
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
