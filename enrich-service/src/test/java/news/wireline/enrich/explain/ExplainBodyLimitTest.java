package news.wireline.enrich.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import news.wireline.enrich.EnrichApplication;
import news.wireline.local.ServiceOnBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@code /tags/explain} on enrich's public port takes a story of up to 600,000 bytes, whichever way it is sent. */
class ExplainBodyLimitTest {

    static final int LIMIT = 600_000;
    static final String STORY = """
            {"headline": "Shelling reported in Kursk region",
             "body": ["Officials in Kursk Oblast said power was restored."]}""";

    private static ServiceOnBroker enrich;
    private static String url;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        enrich = ServiceOnBroker.start(EnrichApplication.application());
        url = "http://127.0.0.1:" + enrich.port() + "/tags/explain";
    }

    @AfterAll
    static void stop() {
        if (enrich != null) {
            enrich.close();
        }
    }

    @Test
    void aStoryWithinTheLimitIsExplainedSizedOrChunked() throws Exception {
        byte[] story = padded(STORY, LIMIT);

        for (HttpResponse<String> answer :
                List.of(send(sized(story)), send(chunked(() -> new ByteArrayInputStream(story))))) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(JsonMapper.builder()
                            .build()
                            .readTree(answer.body())
                            .get("tags")
                            .get(0)
                            .get("name")
                            .asString())
                    .isEqualTo("Kursk Oblast");
        }
    }

    @Test
    void aLargerStoryIsRefusedSizedOrChunked() throws Exception {
        byte[] story = padded(STORY, LIMIT + 1);

        assertThat(send(sized(story)).statusCode()).isEqualTo(413);
        assertThat(send(chunked(() -> new ByteArrayInputStream(story))).statusCode())
                .isEqualTo(413);
    }

    /** The story, then spaces up to {@code size} bytes: still the same JSON. */
    private static byte[] padded(String json, int size) {
        byte[] bytes = new byte[size];
        byte[] story = json.getBytes(StandardCharsets.UTF_8);
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(story, 0, bytes, 0, story.length);
        return bytes;
    }

    private static HttpRequest sized(byte[] body) {
        return request(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static HttpRequest chunked(Supplier<ByteArrayInputStream> body) {
        return request(HttpRequest.BodyPublishers.ofInputStream(body::get));
    }

    private static HttpRequest request(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
