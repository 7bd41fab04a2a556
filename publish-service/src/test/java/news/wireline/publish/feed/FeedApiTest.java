package news.wireline.publish.feed;

import static news.wireline.publish.SiteFixture.strings;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.wireline.events.Tag;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The JSON reader API and HTTP caching of every reader URL, over HTTP against the running service. */
@PublishServiceTest
class FeedApiTest {

    @Autowired
    SiteFixture site;

    Reader reader;
    String tag;

    @BeforeEach
    void reader() {
        reader = site.reader();
        tag = Stories.uniqueId("Quay");
    }

    @Test
    void feedFiltersByTagSectionSinceAndUrgencyAndPagesWithItsCursor() {
        Instant start = site.now();
        site.store(
                story(Stories.uniqueId("a"), "Flash from the quay")
                        .tags(place(tag))
                        .section("Business")
                        .urgency(1),
                start);
        site.store(story(Stories.uniqueId("b"), "Quay reopens").tags(place(tag)).section("World"), start.plusMillis(1));
        site.store(
                story(Stories.uniqueId("c"), "Quay traffic").tags(place(tag)).section("business"), start.plusMillis(2));

        List<String> paged = new ArrayList<>();
        String next = "/feed?limit=2&tag=" + tag.toUpperCase();
        while (next != null) {
            JsonNode page = json(reader.get(next));
            page.get("items").forEach(item -> paged.add(item.get("headline").asString()));
            next = page.get("next").isNull()
                    ? null
                    : "/feed?limit=2&tag=" + tag + "&cursor=" + page.get("next").asString();
        }

        assertThat(paged).containsExactly("Quay traffic", "Quay reopens", "Flash from the quay");
        assertThat(headlines("/feed?tag=" + tag + "&section=BUSINESS"))
                .containsExactly("Quay traffic", "Flash from the quay");
        assertThat(headlines("/feed?tag=" + tag + "&urgent=2")).containsExactly("Flash from the quay");
        assertThat(headlines("/feed?tag=" + tag + "&since=" + start.plusMillis(1)))
                .containsExactly("Quay traffic", "Quay reopens");
        assertThat(json(reader.get("/feed?tag=" + tag + "&urgent=1"))
                        .get("items")
                        .get(0)
                        .get("urgency")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void badFeedParametersAreRefused() {
        assertThat(reader.get("/feed?cursor=not-a-cursor").statusCode()).isEqualTo(400);
        assertThat(reader.get("/feed?urgent=0").statusCode()).isEqualTo(400);
        assertThat(reader.get("/feed?since=yesterday").statusCode()).isEqualTo(400);
        assertThat(reader.get("/feed?tag=port%00").statusCode()).isEqualTo(400);
        assertThat(reader.get("/feed.atom?section=%1Bport").statusCode()).isEqualTo(400);
        assertThat(reader.get("/stories/not%20an%20id").statusCode()).isEqualTo(404);
    }

    @Test
    void storyCarriesItsUrgencyAndItsLiveRelatedStoriesInline() {
        String earlier = Stories.uniqueId("earlier");
        String later = Stories.uniqueId("later");
        site.store(story(earlier, "Strike begins").tags(place(tag)));
        site.store(story(later, "Strike ends").tags(place(tag)).urgency(2).relatedTo(earlier, "Strike begins"));

        JsonNode story = json(reader.get("/stories/" + later));

        assertThat(story.get("urgency").asInt()).isEqualTo(2);
        assertThat(story.get("story").get("images").get(0).get("credit").asString())
                .isEqualTo("Photo: Lotte Bakker / Harbour Pictures");
        JsonNode related = story.get("related").get(0);
        assertThat(related.get("id").asString()).isEqualTo(earlier);
        assertThat(related.get("headline").asString()).isEqualTo("Strike begins");
        assertThat(related.get("url").asString()).isEqualTo(reader.baseUrl() + "/stories/" + earlier);
        assertThat(json(reader.get("/feed?tag=" + tag))
                        .get("items")
                        .get(0)
                        .get("related")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(earlier);

        site.store(story(earlier, "Strike begins").version(1).killed());
        assertThat(json(reader.get("/stories/" + later)).get("related")).isEmpty();
    }

    @Test
    void feedItemNamesTheStorysTenBestTagsAndTheStoryNamesAll() {
        String id = Stories.uniqueId("tagged");
        Tag[] tags = new Tag[12];
        for (int n = 0; n < tags.length; n++) {
            tags[n] = place(tag + "-" + n);
        }
        site.store(story(id, "Port of many names").tags(tags));

        JsonNode item =
                json(reader.get("/feed?tag=" + tag + "-11")).get("items").get(0);

        assertThat(strings(item.get("tags"), "name"))
                .containsExactly(Arrays.stream(tags).limit(10).map(Tag::name).toArray(String[]::new));
        JsonNode first = item.get("tags").get(0);
        assertThat(List.of(
                        first.get("type").asString(),
                        first.get("confidence").asDouble(),
                        first.get("mentions").asInt()))
                .containsExactly("PLACE", 0.9, 2);
        assertThat(strings(json(reader.get("/stories/" + id)).get("tags"), "name"))
                .hasSize(12);
    }

    @Test
    void tagNamesItselfAsStoriesSpellItAndListsThem() {
        String spaced = tag + " Port";
        site.store(story(Stories.uniqueId("t"), "Port news").tags(place(spaced)));

        JsonNode page = json(reader.get("/tags/"
                + URLEncoder.encode(spaced.toLowerCase(), StandardCharsets.UTF_8)
                        .replace("+", "%20")));

        assertThat(page.get("tag").asString()).isEqualTo(spaced);
        assertThat(page.get("items").get(0).get("headline").asString()).isEqualTo("Port news");
        assertThat(reader.get("/tags/" + Stories.uniqueId("nobody")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyReaderUrlAnswersNotModifiedUntilItChangesAndMayBeCachedBriefly() {
        String id = Stories.uniqueId("cached");
        site.store(story(id, "Cached story").tags(place(tag)));
        List<String> urls = List.of(
                "/",
                "/feed?tag=" + tag,
                "/feed.json?tag=" + tag,
                "/feed.atom?tag=" + tag,
                "/feed.rss?tag=" + tag,
                "/stories/" + id,
                "/story/" + id,
                "/tags/" + tag,
                "/tag/" + tag);

        for (String url : urls) {
            HttpResponse<String> first = reader.get(url);
            assertThat(first.statusCode()).as(url).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(url).contains("max-age=15, public");
            String etag =
                    first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(url + " has no ETag"));

            HttpResponse<String> again = reader.get(url, "If-None-Match", etag);
            assertThat(again.statusCode()).as(url).isEqualTo(304);
            assertThat(again.body()).as(url).isEmpty();
        }

        String feedEtag =
                reader.get("/feed?tag=" + tag).headers().firstValue("ETag").orElseThrow();
        site.store(story(id, "Cached story, corrected").version(2).tags(place(tag)));
        HttpResponse<String> changed = reader.get("/feed?tag=" + tag, "If-None-Match", feedEtag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Cached story, corrected");
    }

    private List<String> headlines(String url) {
        List<String> headlines = new ArrayList<>();
        json(reader.get(url))
                .get("items")
                .forEach(item -> headlines.add(item.get("headline").asString()));
        return headlines;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return SiteFixture.json(response.body());
    }
}
