package news.wireline.publish.caching;

import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Conditional GET answered from the store: when a reader's copy is current, and when it no longer is. */
@PublishServiceTest
class ConditionalGetTest {

    static final String NINJS = "application/ninjs+json";

    @Autowired
    SiteFixture site;

    Reader reader;
    String tag;

    @BeforeEach
    void reader() {
        reader = site.reader();
        tag = Stories.uniqueId("Lock");
    }

    @Test
    void aStoryIsCurrentUntilAStoryItLinksToIsCorrectedOrWithdrawn() {
        String linked = Stories.uniqueId("linked");
        String id = Stories.uniqueId("linking");
        site.store(story(linked, "Lock gates jam"), site.now());
        site.store(story(id, "Barges wait at the lock").relatedTo(linked, "Lock gates jam"), site.now());
        List<String> urls = List.of("/stories/" + id, "/story/" + id, "/stories/" + id + "/versions/1");
        List<String> first = urls.stream().map(this::etag).toList();
        for (int i = 0; i < urls.size(); i++) {
            assertThat(reader.get(urls.get(i), "If-None-Match", first.get(i)).statusCode())
                    .as(urls.get(i))
                    .isEqualTo(304);
        }

        site.store(story(linked, "Lock gates freed").version(2), site.now());

        for (int i = 0; i < urls.size(); i++) {
            HttpResponse<String> corrected = reader.get(urls.get(i), "If-None-Match", first.get(i));
            assertThat(corrected.statusCode()).as(urls.get(i)).isEqualTo(200);
            assertThat(corrected.body()).as(urls.get(i)).contains("Lock gates freed");
        }
        String second = etag("/stories/" + id);

        site.store(story(linked, "Lock gates freed").version(2).killed(), site.now());

        HttpResponse<String> withdrawn = reader.get("/stories/" + id, "If-None-Match", second);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).doesNotContain("Lock gates");
    }

    @Test
    void aReEnrichmentAtTheSameInstantStillChangesTheStorysETag() {
        String id = Stories.uniqueId("retagged");
        Instant at = site.now();
        site.store(story(id, "Lock keeper retires").tags(place(tag)), at);
        String etag = etag("/stories/" + id);

        site.store(story(id, "Lock keeper retires").tags(place(tag), place(tag + " Sluice")), at);

        HttpResponse<String> retagged = reader.get("/stories/" + id, "If-None-Match", etag);
        assertThat(retagged.statusCode()).isEqualTo(200);
        assertThat(retagged.body()).contains(tag + " Sluice");
    }

    @Test
    void jsonAndNinjsOfAStoryNeverShareAnETagAndEvenTheirNotModifiedVariesByAccept() {
        String id = Stories.uniqueId("formats");
        site.store(story(id, "Lock reopens"), site.now());
        for (String url : List.of("/stories/" + id, "/stories/" + id + "/versions/1")) {
            String json = etag(url);
            String ninjs = reader.get(url, "Accept", NINJS)
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();

            HttpResponse<String> ninjsWithJsonTag = reader.get(url, "Accept", NINJS, "If-None-Match", json);
            HttpResponse<String> ninjsAgain = reader.get(url, "Accept", NINJS, "If-None-Match", ninjs);

            assertThat(ninjs).as(url).isNotEqualTo(json);
            assertThat(ninjsWithJsonTag.statusCode()).as(url).isEqualTo(200);
            assertThat(ninjsWithJsonTag.headers().firstValue("Content-Type")).hasValue(NINJS);
            assertThat(ninjsAgain.statusCode()).as(url).isEqualTo(304);
            assertThat(ninjsAgain.headers().allValues("Vary")).as(url).containsExactly("Accept");
            assertThat(ninjsAgain.headers().firstValue("ETag")).as(url).hasValue(ninjs);
        }
    }

    @Test
    void aStoryChangedInAnEarlierSecondAnswersIfModifiedSinceByItsTime() {
        String id = Stories.uniqueId("dated");
        Instant at = site.now().minus(Duration.ofMinutes(3));
        site.store(story(id, "Lock repainted"), at);

        for (String url : List.of("/stories/" + id, "/story/" + id, "/stories/" + id + "/versions/1")) {
            String lastModified =
                    reader.get(url).headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError(url));
            String secondBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    at.minusSeconds(1).atZone(ZoneOffset.UTC));

            assertThat(httpDate(lastModified)).as(url).isEqualTo(at.truncatedTo(ChronoUnit.SECONDS));
            assertThat(reader.get(url, "If-Modified-Since", lastModified).statusCode())
                    .as(url)
                    .isEqualTo(304);
            assertThat(reader.get(url, "If-Modified-Since", secondBefore).statusCode())
                    .as(url)
                    .isEqualTo(200);
        }
    }

    @Test
    void aStoryChangedWithinTheCurrentSecondHasNoLastModifiedYet() {
        String id = Stories.uniqueId("fresh");
        // Stored by an instance whose clock runs ahead: the second of its change is not over here.
        site.store(story(id, "Lock opens at dawn"), site.now().plusSeconds(5));

        HttpResponse<String> answer = reader.get("/stories/" + id);

        assertThat(answer.headers().firstValue("ETag")).isPresent();
        assertThat(answer.headers().firstValue("Last-Modified")).isEmpty();
    }

    @Test
    void aListChangesWhenAStoryLeavesItAndGivesNoTime() {
        String staying = Stories.uniqueId("staying");
        String leaving = Stories.uniqueId("leaving");
        Instant at = site.now().minus(Duration.ofMinutes(3));
        site.store(story(staying, "Lock staff agree rota").tags(place(tag)), at);
        site.store(story(leaving, "Lock closes for repairs").tags(place(tag)), at.plusMillis(1));
        List<String> urls = List.of(
                "/feed?tag=" + tag,
                "/tags/" + tag,
                "/tag/" + tag,
                "/feed.json?tag=" + tag,
                "/feed.atom?tag=" + tag,
                "/feed.rss?tag=" + tag);
        List<String> first = urls.stream().map(this::etag).toList();

        site.store(story(leaving, "Lock closes for repairs").version(2).tags(place(tag + " Works")), at.plusMillis(2));

        for (int i = 0; i < urls.size(); i++) {
            HttpResponse<String> answer = reader.get(urls.get(i), "If-None-Match", first.get(i));
            assertThat(answer.statusCode()).as(urls.get(i)).isEqualTo(200);
            assertThat(answer.body()).as(urls.get(i)).contains("Lock staff agree rota");
            assertThat(answer.body()).as(urls.get(i)).doesNotContain("Lock closes for repairs");
            assertThat(answer.headers().firstValue("Last-Modified"))
                    .as(urls.get(i))
                    .isEmpty();
        }
    }

    private String etag(String url) {
        HttpResponse<String> answer = reader.get(url);
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        return answer.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(url + " has no ETag"));
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
