package news.wireline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingest-accepted to visible-in-{@code GET /feed} at a fixed offered load. Story {@code n} is due at
 * {@code start + n / rate}; it is sent then without waiting for earlier answers, and its latency is
 * counted from when it was due, not from when it was sent, so a stalled sender or a slow 202 adds to
 * the figures instead of hiding them (coordinated omission). A reader polls the feed's first page
 * every {@value #PAUSE_MILLIS} ms after the previous answer and notes when each story first shows;
 * that pause plus the poll's own time bound the resolution. Back to back, the polls took CPU the
 * pipeline under test needed.
 */
final class FeedLatency {

    static final int PAUSE_MILLIS = 5;

    record Outcome(Histogram latencyMicros, int sent, int accepted, int seen, Histogram pollMicros) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String ingestUrl;
    private final String feedUrl;
    private final String deskKey;

    FeedLatency(String ingestUrl, String publishUrl, String deskKey) {
        this.ingestUrl = ingestUrl + "/stories";
        this.feedUrl = publishUrl + "/feed?limit=50";
        this.deskKey = deskKey;
    }

    /** {@code payloads} are the run's stories 0, 1, ... made by {@link StoryMaker#ninjs} for {@code run}. */
    Outcome run(String run, List<byte[]> payloads, int rate, Duration patience) throws InterruptedException {
        int total = payloads.size();
        long period = 1_000_000_000L / rate;
        long[] due = new long[total];
        long[] visible = new long[total];
        AtomicInteger accepted = new AtomicInteger();
        Histogram polls = new Histogram(60_000_000L, 3);
        long start = System.nanoTime() + 50_000_000L;
        for (int n = 0; n < total; n++) {
            due[n] = start + n * period;
        }
        Pattern marker = Pattern.compile("\\(" + Pattern.quote(run) + "-(\\d+)\\)$");
        long giveUp = due[total - 1] + patience.toNanos();
        Thread reader = new Thread(() -> watch(marker, visible, giveUp, polls), "feed-reader");
        reader.start();
        for (int n = 0; n < total; n++) {
            long wait = due[n] - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            http.sendAsync(post(payloads.get(n)), HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> {
                        if (response.statusCode() == 202) {
                            accepted.incrementAndGet();
                        }
                    });
        }
        reader.join();
        Histogram latency = new Histogram(600_000_000L, 3);
        int seen = 0;
        for (int n = 0; n < total; n++) {
            // a story never seen counts as seen when the reader gave up: a lower bound, but dropping it would flatter
            // the tail
            long shown = visible[n] != 0 ? visible[n] : giveUp;
            latency.recordValue(Math.min(latency.getHighestTrackableValue(), Math.max(0, (shown - due[n]) / 1_000)));
            seen += visible[n] != 0 ? 1 : 0;
        }
        return new Outcome(latency, total, accepted.get(), seen, polls);
    }

    private HttpRequest post(byte[] payload) {
        return HttpRequest.newBuilder(URI.create(ingestUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", StoryMaker.CONTENT_TYPE)
                .header("Authorization", "Bearer " + deskKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                .build();
    }

    /** Polls until every story has shown or patience runs out after the last was due. */
    private void watch(Pattern marker, long[] visible, long giveUp, Histogram polls) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(feedUrl))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        int remaining = visible.length;
        while (remaining > 0 && System.nanoTime() < giveUp) {
            long asked = System.nanoTime();
            try {
                String body =
                        http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                long now = System.nanoTime();
                polls.recordValue(Math.min(polls.getHighestTrackableValue(), (now - asked) / 1_000));
                for (JsonNode item : json.readTree(body).get("items")) {
                    Matcher number = marker.matcher(item.get("headline").asString());
                    if (number.find()) {
                        int n = Integer.parseInt(number.group(1));
                        if (n < visible.length && visible[n] == 0) {
                            visible[n] = now;
                            remaining--;
                        }
                    }
                }
                LockSupport.parkNanos(PAUSE_MILLIS * 1_000_000L);
            } catch (IOException e) {
                LockSupport.parkNanos(1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
