package news.wireline.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A desk behind a round-robin balancer: each story goes to the instance it is given; one that
 * gets no answer (connection refused or cut, 503) is sent again, unchanged, to the next instance,
 * until some instance answers.
 */
final class RoundRobinDesk {

    private static final int MAX_ATTEMPTS = 40;
    private static final Duration PAUSE_AFTER_503 = Duration.ofMillis(500);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> urls;
    private final String key;

    RoundRobinDesk(List<String> urls, String key) {
        this.urls = List.copyOf(urls);
        this.key = key;
    }

    int instances() {
        return urls.size();
    }

    /** Sends one ninjs story to instance {@code first}, moving on while none answers; the answer as {@code status@version}. */
    Answer send(String ninjs, int first) throws InterruptedException {
        int resends = 0;
        long start = System.nanoTime();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String url = urls.get(Math.floorMod(first + attempt, urls.size()));
            try {
                HttpResponse<String> response = http.send(request(url, ninjs), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503) {
                    resends++;
                    Thread.sleep(PAUSE_AFTER_503.toMillis());
                    continue;
                }
                JsonNode body = json.readTree(response.body());
                String version = body.has("version")
                        ? body.get("version").asString()
                        : body.get("code").asString();
                long now = System.nanoTime();
                return new Answer(response.statusCode() + "@" + version, resends, now, now - start);
            } catch (IOException e) {
                resends++;
            }
        }
        throw new AssertionError("no instance answered after " + MAX_ATTEMPTS + " attempts");
    }

    private HttpRequest request(String url, String ninjs) {
        return HttpRequest.newBuilder(URI.create(url + "/stories"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ninjs, StandardCharsets.UTF_8))
                .build();
    }

    /**
     * {@code outcome} is status@version; {@code resends} how many times the story had to be sent
     * again; {@code at} System.nanoTime of the answer, {@code tookNanos} since the first attempt.
     */
    record Answer(String outcome, int resends, long at, long tookNanos) {}
}
