package news.wireline.publish.syndication;

import static news.wireline.publish.SiteFixture.strings;
import static news.wireline.publish.Stories.person;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import news.wireline.local.FeedCheck;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** JSON Feed, Atom and RSS as an independent feed reader sees them. */
@PublishServiceTest
class SyndicationTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Autowired
    SiteFixture site;

    Reader reader;
    String tag;
    String earlier;
    String story;

    @BeforeAll
    static void feedReaderPresent() {
        assumeTrue(FeedCheck.available(), "python3-feedparser is not installed: apt-get install python3-feedparser");
    }

    @BeforeEach
    void storiesInOneTag() {
        reader = site.reader();
        tag = Stories.uniqueId("Scheldt");
        earlier = Stories.uniqueId("earlier");
        story = Stories.uniqueId("story");
        site.store(story(earlier, "Pilots warn of queues").tags(place(tag)));
        site.store(story(Stories.uniqueId("other"), "Elsewhere entirely").tags(place(Stories.uniqueId("Elsewhere"))));
        site.store(story(story, "Antwerp port reopens")
                .tags(place(tag), person("Pieter Jansen"))
                .urgency(2)
                .relatedTo(earlier, "Pilots warn of queues"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/feed.atom, xml, atom10, application/atom+xml",
        "/feed.rss, xml, rss20, application/rss+xml",
        "/feed.json, json, json11, application/feed+json"
    })
    void feedReaderFindsTheTagsStoriesWithTheirTagsAndLinks(
            String path, String kind, String version, String contentType) {
        HttpResponse<String> response = reader.get(path + "?tag=" + tag.toLowerCase());
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(contentType));

        JsonNode feed = FeedCheck.read(kind, response.body());

        assertThat(feed.get("version").asString()).isEqualTo(version);
        assertThat(feed.get("problems")).isEmpty();
        assertThat(feed.get("title").asString()).isEqualTo("Wireline: " + tag.toLowerCase());
        assertThat(strings(feed.get("entries"), "title"))
                .containsExactly("Antwerp port reopens", "Pilots warn of queues");
        JsonNode entry = feed.get("entries").get(0);
        assertThat(entry.get("link").asString()).isEqualTo(reader.baseUrl() + "/story/" + story);
        assertThat(entry.get("id").asString()).isEqualTo(reader.baseUrl() + "/story/" + story);
        assertThat(strings(entry.get("tags"))).containsExactly(tag, "Pieter Jansen");
        assertThat(strings(entry.get("authors"))).containsExactly("Ana Ruiz");
        assertThat(entry.get("urgency").asInt()).isEqualTo(2);
        assertThat(feed.get("entries").get(1).get("urgency").asInt()).isEqualTo(5);
        assertThat(entry.get("published").isNull()).isFalse();
        String content = entry.get("content").get(0).asString();
        assertThat(content)
                .contains(
                        "First paragraph of Antwerp port reopens.",
                        "Cranes stand idle at the port",
                        "Photo: Lotte Bakker / Harbour Pictures",
                        reader.baseUrl() + "/story/" + earlier);
        if (!version.equals("rss20")) {
            // RSS has no element for a related link; there it is in the content, as checked above.
            assertThat(entry.get("links")).anySatisfy(link -> {
                assertThat(link.get("rel").asString()).isEqualTo("related");
                assertThat(link.get("href").asString()).isEqualTo(reader.baseUrl() + "/story/" + earlier);
                assertThat(link.get("title").asString()).isEqualTo("Pilots warn of queues");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/feed.atom, xml", "/feed.rss, xml", "/feed.json, json"})
    void hostileCopyReachesFeedReadersAsTextNeverAsMarkup(String path, String kind) {
        site.store(story(Stories.uniqueId("hostile"), HOSTILE)
                .tags(place(tag))
                .body("<script>alert(2)</script>", "Plain <b onmouseover=alert(3)>text</b>"));

        String document = reader.get(path + "?tag=" + tag).body();
        JsonNode entry = FeedCheck.read(kind, document).get("entries").get(0);

        assertThat(entry.get("title").asString()).isEqualTo(HOSTILE);
        String content = entry.get("content").get(0).asString();
        assertThat(content)
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;", "&lt;b onmouseover=alert(3)&gt;")
                .doesNotContain("<script", "<img", "<b ");
        if (kind.equals("xml")) {
            assertThat(document).doesNotContain("<script", "<img", "<b ");
        }
        if (path.equals("/feed.rss")) {
            // RSS readers take the description as HTML, so its text must arrive escaped for HTML inside the XML.
            assertThat(document).contains("&amp;lt;script&amp;gt;alert(2)").doesNotContain("&lt;script");
        }
    }
}
