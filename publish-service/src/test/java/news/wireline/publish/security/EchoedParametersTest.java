package news.wireline.publish.security;

import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every request value publish writes back, in each context it is written to, over HTTP. */
@PublishServiceTest
class EchoedParametersTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> NOT_TAGS = List.of(
            "<script>alert(1)</script>",
            "&lt;b&gt;bold&lt;/b&gt;",
            "\" onmouseover=\"alert(1)",
            "Quay\r\nSet-Cookie: session=stolen",
            "x".repeat(101));

    @Autowired
    SiteFixture site;

    Reader reader;
    String suffix;
    String tag;

    @BeforeEach
    void aStoryWithAnApostropheInItsTag() {
        reader = site.reader();
        suffix = Stories.uniqueId("medtop:20000344");
        tag = "O'Brien Quay, " + suffix;
        site.store(story(Stories.uniqueId("echo"), "Quay named after harbour master")
                .tags(place(tag)));
    }

    @Test
    void whatCannotBeATagIsRefusedWhereverATagIsTaken() {
        for (String notATag : NOT_TAGS) {
            String encoded = encoded(notATag);
            for (String url : List.of(
                    "/feed.rss?tag=" + encoded,
                    "/feed.atom?tag=" + encoded,
                    "/feed.json?tag=" + encoded,
                    "/feed?tag=" + encoded,
                    "/?tag=" + encoded,
                    "/tag/" + encoded,
                    "/tags/" + encoded)) {
                HttpResponse<String> answer = reader.get(url);
                assertThat(answer.statusCode()).as(url).isEqualTo(400);
                assertThat(answer.headers().map()).as(url).doesNotContainKey("set-cookie");
                assertThat(answer.body()).as(url).doesNotContain("<script", "onmouseover=\"");
            }
        }
    }

    @Test
    void aTagIsTheFeedTitleExactlyAsAskedIn() throws Exception {
        String query = "?tag=" + encoded(tag);

        Document rss = xml(reader.get("/feed.rss" + query));
        Document atom = xml(reader.get("/feed.atom" + query));
        JsonNode jsonFeed = JSON.readTree(reader.get("/feed.json" + query).body());

        assertThat(channel(rss, "title")).isEqualTo("Wireline: " + tag);
        String tagPage = reader.baseUrl() + "/tag/O'Brien%20Quay,%20" + suffix;
        assertThat(channel(rss, "link")).isEqualTo(tagPage);
        assertThat(atomTitle(atom)).isEqualTo("Wireline: " + tag);
        assertThat(jsonFeed.get("title").asString()).isEqualTo("Wireline: " + tag);
        assertThat(jsonFeed.get("home_page_url").asString()).isEqualTo(tagPage);
    }

    @Test
    void aSectionIsWrittenBackOnlyPercentEncodedInTheFeedsOwnAddress() throws Exception {
        String section = "</link><script>alert(1)</script>\"&limit=1";
        String query = "?section=" + encoded(section);

        HttpResponse<String> atom = reader.get("/feed.atom" + query);
        JsonNode jsonFeed = JSON.readTree(reader.get("/feed.json" + query).body());

        String self =
                reader.baseUrl() + "/feed.atom?section=%3C/link%3E%3Cscript%3Ealert(1)%3C/script%3E%22%26limit%3D1";
        assertThat(atom.body()).doesNotContain("<script");
        assertThat(selfLink(xml(atom))).isEqualTo(self);
        assertThat(jsonFeed.get("feed_url").asString()).isEqualTo(self.replace("/feed.atom", "/feed.json"));
    }

    @Test
    void aTagPageThatFindsNothingNamesTheTagAsText() {
        String nobody = "Nobody's " + Stories.uniqueId("Quay");

        HttpResponse<String> page = reader.get("/tag/" + pathSegment(nobody));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select(".missing").text())
                .isEqualTo("No stories are tagged " + nobody + ".");
        assertThat(page.body()).contains("Nobody&#39;s");
    }

    @Test
    void anIdThatCannotBeAStoryIsWrittenIntoNoHeaderOrMarkup() {
        for (String url : List.of(
                "/story/wl-x%0D%0AX-Injected:%201",
                "/stories/wl-x%0D%0AX-Injected:%201", "/stories/%3Cscript%3Ealert(1)")) {
            HttpResponse<String> answer = reader.get(url);
            assertThat(answer.statusCode()).as(url).isEqualTo(404);
            assertThat(answer.headers().map()).as(url).doesNotContainKey("x-injected");
            assertThat(answer.body()).as(url).doesNotContain("<script");
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String pathSegment(String value) {
        return encoded(value).replace("+", "%20");
    }

    private static Document xml(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static String channel(Document rss, String name) {
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        return ((Element) channel.getElementsByTagName(name).item(0)).getTextContent();
    }

    private static String atomTitle(Document atom) {
        return atom.getDocumentElement()
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                .item(0)
                .getTextContent();
    }

    private static String selfLink(Document atom) {
        var links = atom.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getAttribute("rel").equals("self")) {
                return link.getAttribute("href");
            }
        }
        throw new AssertionError("no self link");
    }
}
