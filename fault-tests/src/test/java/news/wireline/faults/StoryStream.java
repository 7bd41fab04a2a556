package news.wireline.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A wire desk sending stories over HTTP from a few threads, as a desk's client should: when ingest
 * is down or answers 5xx it sends the same story again until ingest answers, so the ledger, not
 * the desk, decides whether the story was already taken.
 */
final class StoryStream {

    private static final int THREADS = 4;
    private static final Duration GIVE_UP = Duration.ofMinutes(4);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private final String ingestUrl;
    private final String deskKey;
    private final String run;
    private final int total;
    private final StreamCounts counts;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch held = new CountDownLatch(1);
    private int holdAt = Integer.MAX_VALUE;

    StoryStream(String ingestUrl, String deskKey, String run, int total, StreamCounts counts) {
        this.ingestUrl = ingestUrl;
        this.deskKey = deskKey;
        this.run = run;
        this.total = total;
        this.counts = counts;
    }

    /** Stories from number {@code k} on wait until {@link #release}, so a later fault still finds stories arriving. */
    StoryStream holdAt(int k) {
        holdAt = k;
        return this;
    }

    void release() {
        held.countDown();
    }

    /** Sends every story on background threads; the future completes when each has had its answer. */
    CompletableFuture<Void> start() {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<CompletableFuture<Void>> senders = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            senders.add(CompletableFuture.runAsync(this::sendUntilDone, threads));
        }
        return CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> threads.shutdown());
    }

    private void sendUntilDone() {
        for (int k = next.getAndIncrement(); k < total; k = next.getAndIncrement()) {
            try {
                if (k >= holdAt) {
                    held.await();
                }
                send(GeneratedStory.number(run, k));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send(GeneratedStory story) throws InterruptedException {
        counts.sent.incrementAndGet();
        Instant deadline = Instant.now().plus(GIVE_UP);
        for (boolean first = true; ; first = false) {
            if (!first) {
                counts.retriedSends.incrementAndGet();
                Thread.sleep(PAUSE.toMillis());
            }
            HttpResponse<String> response = post(story);
            if (response != null && response.statusCode() < 500) {
                record(story, response);
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("ingest did not take story " + story.id() + " within " + GIVE_UP);
            }
        }
    }

    private void record(GeneratedStory story, HttpResponse<String> response) {
        JsonNode body = json.readTree(response.body());
        switch (response.statusCode()) {
            case 202 -> counts.accepted(story.id(), body.get("version").asInt());
            case 200 -> counts.duplicate(story.id(), body.get("version").asInt());
            default -> counts.rejected(body.get("code").asString());
        }
    }

    /** Null when ingest could not be reached at all. */
    private HttpResponse<String> post(GeneratedStory story) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/stories"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + deskKey)
                .POST(HttpRequest.BodyPublishers.ofString(story.body(), StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }
}
