package news.wireline.publish.feed;

import static news.wireline.publish.SiteFixture.strings;
import static news.wireline.publish.Stories.person;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import news.wireline.publish.KafkaTopics;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import news.wireline.publish.TestClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A published event carries the whole version a reader sees, or, when that is too large, the URL
 * of exactly that version; every stored version is served there. Through the running service,
 * the real broker and the real database.
 */
@PublishServiceTest
class PublishedContentTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SiteFixture site;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Reader reader;

    @BeforeEach
    void reader() {
        reader = site.reader();
    }

    @Test
    void publishedEventCarriesTheWholeStoryAndEveryVersionStaysAtItsOwnUrl() {
        String id = Stories.uniqueId("content");
        String warning = Stories.uniqueId("warning");
        KafkaTopics.sendEnriched(story(warning, "Flood warning for Ghent").enriched(), "trace-warning");
        KafkaTopics.published(warning, PATIENCE, records -> records.size() >= 1);
        Stories flood = story(id, "River bursts its banks")
                .section("Europe")
                .urgency(2)
                .body("The river rose two metres overnight.", "Residents were moved to the school hall.")
                .tags(place("Ghent"), person("Ana Ruiz"))
                .relatedTo(warning, "Flood warning issued");

        KafkaTopics.sendEnriched(flood.enriched(), "trace-content");
        JsonNode first = json(KafkaTopics.published(id, PATIENCE, records -> records.size() >= 1)
                .get(0)
                .value());
        KafkaTopics.sendEnriched(
                flood.version(2).headline("River bursts its banks in Ghent").enriched(), "t2");
        KafkaTopics.published(id, PATIENCE, records -> records.size() >= 2);

        assertThat(first.get("headline").asString()).isEqualTo("River bursts its banks");
        assertThat(first.get("section").asString()).isEqualTo("Europe");
        assertThat(first.get("urgency").asInt()).isEqualTo(2);
        assertThat(first.get("tags").findValuesAsString("name")).containsExactly("Ghent", "Ana Ruiz");
        JsonNode content = first.get("content");
        assertThat(strings(content.get("body")))
                .containsExactly("The river rose two metres overnight.", "Residents were moved to the school hall.");
        assertThat(content.get("images").get(0).get("caption").asString()).isEqualTo("Cranes stand idle at the port");
        assertThat(content.get("images").get(0).get("credit").asString())
                .isEqualTo("Photo: Lotte Bakker / Harbour Pictures");
        assertThat(strings(content.get("byline").get("authors"))).containsExactly("Ana Ruiz");
        assertThat(content.get("related")).hasSize(1);
        assertThat(content.get("related").get(0).get("id").asString()).isEqualTo(warning);
        assertThat(content.get("related").get(0).get("headline").asString())
                .as("the related story's headline as readers see it now")
                .isEqualTo("Flood warning for Ghent");
        assertThat(first.get("versionUrl").asString()).isEqualTo(reader.baseUrl() + "/stories/" + id + "/versions/1");
        assertThat(headlineAt("/stories/" + id + "/versions/1")).isEqualTo("River bursts its banks");
        assertThat(headlineAt("/stories/" + id + "/versions/2")).isEqualTo("River bursts its banks in Ghent");
        assertThat(reader.get("/stories/" + id + "/versions/3").statusCode()).isEqualTo(404);
    }

    @Test
    void aLinkToAStoryReadersCannotSeeIsLeftOutOfTheEventAndTheVersion() {
        String id = Stories.uniqueId("unlinked");
        KafkaTopics.sendEnriched(
                story(id, "Ferry strike ends")
                        .relatedTo("never-published", "Secret draft")
                        .enriched(),
                "t");

        JsonNode event = json(KafkaTopics.published(id, PATIENCE, records -> !records.isEmpty())
                .get(0)
                .value());

        assertThat(event.get("content").get("related")).isEmpty();
        assertThat(SiteFixture.json(reader.get("/stories/" + id + "/versions/1").body())
                        .get("related"))
                .isEmpty();
    }

    @Test
    void aVersionTooLargeToCarryIsAnnouncedByItsUrlWhichServesItWhole() {
        String id = Stories.uniqueId("long-read");
        String paragraph = "The inquiry heard evidence from the harbour master for a third day. ".repeat(100);
        String[] body = new String[50];
        Arrays.fill(body, paragraph);

        KafkaTopics.sendEnriched(
                story(id, "Harbour inquiry, day three").body(body).enriched(), "trace-long");
        List<ConsumerRecord<String, byte[]>> published =
                KafkaTopics.published(id, PATIENCE, records -> !records.isEmpty());

        JsonNode event = json(published.get(0).value());
        assertThat(event.has("content")).isFalse();
        assertThat(event.get("headline").asString()).isEqualTo("Harbour inquiry, day three");
        JsonNode version = SiteFixture.JSON.readTree(
                reader.get(path(event.get("versionUrl").asString())).body());
        assertThat(version.get("version").asInt()).isEqualTo(1);
        assertThat(strings(version.get("story").get("body"))).hasSize(50).containsOnly(paragraph);
    }

    @Test
    void aReEnrichedVersionsUrlServesItsNewTagsAndAKillTakesEveryVersionAway() {
        String id = Stories.uniqueId("versions");
        Stories strike = story(id, "Dockworkers walk out").tags(place("Antwerp"));
        KafkaTopics.sendEnriched(strike.enriched(), "trace-versions");
        KafkaTopics.published(id, PATIENCE, records -> records.size() >= 1);

        KafkaTopics.sendEnriched(
                strike.tags(place("Antwerp"), person("Pieter Jansen")).enriched(), "trace-versions");
        await().atMost(PATIENCE)
                .until(() -> tagsAt("/stories/" + id + "/versions/1").equals(List.of("Antwerp", "Pieter Jansen")));
        KafkaTopics.sendEnriched(strike.killed().enriched(), "trace-versions");
        await().atMost(PATIENCE).until(() -> reader.get("/stories/" + id).statusCode() == 410);

        assertThat(reader.get("/stories/" + id + "/versions/1").statusCode()).isEqualTo(410);
        assertThat(reader.get("/stories/" + id + "/versions/2").statusCode()).isEqualTo(410);
    }

    @Test
    void aVersionUnderEmbargoIsNotServed() {
        String id = Stories.uniqueId("embargoed-version");
        KafkaTopics.sendEnriched(
                story(id, "Budget details")
                        .embargoedUntil(clock.instant().plus(Duration.ofHours(2)))
                        .enriched(),
                "trace-embargoed-version");
        await().atMost(PATIENCE)
                .until(() -> reader.get("/stories/" + id).statusCode() == 404 && storedVersions(id) == 1);

        assertThat(reader.get("/stories/" + id + "/versions/1").statusCode()).isEqualTo(404);
    }

    private int storedVersions(String id) {
        return jdbc.sql("SELECT count(*) FROM story_version WHERE story_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private String headlineAt(String path) {
        return SiteFixture.json(reader.get(path).body())
                .get("story")
                .get("headline")
                .asString();
    }

    private List<String> tagsAt(String path) {
        return SiteFixture.json(reader.get(path).body()).get("tags").findValuesAsString("name");
    }

    private String path(String url) {
        assertThat(url).startsWith(reader.baseUrl());
        return url.substring(reader.baseUrl().length());
    }

    private static JsonNode json(byte[] value) {
        return SiteFixture.JSON.readTree(value);
    }
}
