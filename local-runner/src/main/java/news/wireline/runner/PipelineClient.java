package news.wireline.runner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running pipeline over HTTP as a wire desk and a reader would. */
public final class PipelineClient {

    private static final Duration POLL = Duration.ofMillis(250);

    private final LocalPipeline pipeline;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public PipelineClient(LocalPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Waits until every service reports ready: connected, and its views rebuilt from the log. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        for (String service : pipeline.managementUrls()) {
            while (!isReady(service)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(service + " was not ready within " + timeout);
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    /** Sends a story as {@code desk}, with the key this pipeline gave that desk. */
    public HttpResponse<String> postStory(byte[] body, String contentType, String desk)
            throws IOException, InterruptedException {
        return postStory(body, contentType, desk, Map.of());
    }

    /** Sends a story as {@code desk} with further request headers, e.g. a W3C {@code traceparent}. */
    public HttpResponse<String> postStory(byte[] body, String contentType, String desk, Map<String, String> headers)
            throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Authorization", "Bearer " + pipeline.deskKey(desk));
        return send(body, contentType, all);
    }

    /** Sends a story with whatever {@code Authorization} header is given, or none when it is null. */
    public HttpResponse<String> postStoryWithAuthorization(byte[] body, String contentType, String authorization)
            throws IOException, InterruptedException {
        return send(body, contentType, authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    private HttpResponse<String> send(byte[] body, String contentType, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/stories"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode feed(int limit) throws IOException, InterruptedException {
        return getJson("/feed?limit=" + limit);
    }

    public JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return getFrom(pipeline.publishUrl(), pathAndQuery);
    }

    /** A GET to any of the services, e.g. {@code getFrom(pipeline.enrichManagementUrl(), "/actuator/prometheus")}. */
    public HttpResponse<String> getFrom(String serviceUrl, String pathAndQuery)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode readJson(String body) {
        return json.readTree(body);
    }

    private boolean isReady(String service) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(service + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
