package news.wireline.publish.security;

import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The headers every publish answer carries, and the refusal of request bodies, over HTTP. */
@PublishServiceTest
class ReaderProtectionTest {

    static final String PAGE_POLICY =
            "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Autowired
    SiteFixture site;

    Reader reader;
    String id;
    String tag;

    @BeforeEach
    void oneStory() {
        reader = site.reader();
        id = Stories.uniqueId("guarded");
        tag = Stories.uniqueId("Breakwater");
        site.store(story(id, "Breakwater holds").tags(place(tag)));
    }

    List<String> pages() {
        return List.of("/", "/tag/" + tag, "/story/" + id, "/story/" + Stories.uniqueId("missing"));
    }

    List<String> data() {
        return List.of(
                "/feed",
                "/feed?tag=" + tag,
                "/tags/" + tag,
                "/stories/" + id,
                "/stories/" + id + "/versions/1",
                "/feed.json",
                "/feed.atom",
                "/feed.rss",
                "/stories/" + Stories.uniqueId("missing"),
                "/reader.css",
                "/no/such/path");
    }

    @Test
    void pagesMayLoadOnlyTheSitesStylesheet() {
        for (String url : pages()) {
            assertThat(reader.get(url).headers().allValues("Content-Security-Policy"))
                    .as(url)
                    .containsExactly(PAGE_POLICY);
        }
    }

    @Test
    void feedsAndJsonMayLoadNothing() {
        for (String url : data()) {
            assertThat(reader.get(url).headers().allValues("Content-Security-Policy"))
                    .as(url)
                    .containsExactly(DATA_POLICY);
        }
        assertThat(reader.get("/stories/" + id, "Accept", "application/ninjs+json")
                        .headers()
                        .allValues("Content-Security-Policy"))
                .containsExactly(DATA_POLICY);
    }

    @Test
    void noAnswerMayBeFramed() {
        for (String url : all()) {
            assertThat(reader.get(url).headers().firstValue("Content-Security-Policy"))
                    .as(url)
                    .hasValueSatisfying(policy -> assertThat(policy).endsWith("; frame-ancestors 'none'"));
        }
    }

    @Test
    void noAnswerIsSniffedForAnotherType() {
        for (String url : all()) {
            assertThat(reader.get(url).headers().allValues("X-Content-Type-Options"))
                    .as(url)
                    .containsExactly("nosniff");
        }
    }

    @Test
    void linksFollowedFromAnyAnswerSendOnlyTheOriginElsewhere() {
        for (String url : all()) {
            assertThat(reader.get(url).headers().allValues("Referrer-Policy"))
                    .as(url)
                    .containsExactly("strict-origin-when-cross-origin");
        }
    }

    @Test
    void notModifiedAnswersCarryTheHeadersToo() {
        String etag = reader.get("/story/" + id).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = reader.get("/story/" + id, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().allValues("Content-Security-Policy")).containsExactly(PAGE_POLICY);
        assertThat(again.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void aRequestWithABodyIsRefusedUnread() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String url : List.of("/feed", "/story/" + id, "/feed.atom")) {
            HttpRequest sized = HttpRequest.newBuilder(URI.create(reader.baseUrl() + url))
                    .method("GET", HttpRequest.BodyPublishers.ofString("{\"limit\": 1}"))
                    .build();
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(reader.baseUrl() + url))
                    .method(
                            "GET",
                            HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new ByteArrayInputStream(new byte[64 * 1024])))
                    .build();

            for (HttpRequest request : List.of(sized, chunked)) {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(url).isEqualTo(413);
                assertThat(answer.headers().allValues("X-Content-Type-Options"))
                        .as(url)
                        .containsExactly("nosniff");
            }
        }
        assertThat(reader.get("/feed").statusCode()).isEqualTo(200);
    }

    private List<String> all() {
        return Stream.concat(pages().stream(), data().stream()).toList();
    }
}
