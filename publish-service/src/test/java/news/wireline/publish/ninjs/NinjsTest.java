package news.wireline.publish.ninjs;

import static news.wireline.publish.SiteFixture.json;
import static news.wireline.publish.SiteFixture.strings;
import static news.wireline.publish.Stories.person;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import news.wireline.events.Tag;
import news.wireline.publish.KafkaTopics;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Stories asked for as {@code application/ninjs+json} are IPTC ninjs 3.1 documents, valid by
 * IPTC's own published schema (test resources, ninjs/README.md), stored through the real broker
 * and database and read over HTTP.
 */
@PublishServiceTest
class NinjsTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String NINJS = "application/ninjs+json";
    static final Schema NINJS_3_1 = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    registry -> registry.schemaIdResolvers(ids -> ids.mapPrefix(
                            "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
                            "classpath:ninjs/ninjs-schema_3.1.json")))
            .getSchema(SchemaLocation.of("http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"));

    @Autowired
    SiteFixture site;

    Reader reader;

    @BeforeEach
    void reader() {
        reader = site.reader();
    }

    @Test
    void aLiveStoryIsAValidNinjsItemWithItsSubjectsEntitiesAndImages() {
        String id = Stories.uniqueId("ninjs");
        String earlier = Stories.uniqueId("ninjs-earlier");
        KafkaTopics.sendEnriched(story(earlier, "Port talks stall").enriched(), "trace-ninjs");
        await().atMost(PATIENCE).until(() -> reader.get("/stories/" + earlier).statusCode() == 200);
        KafkaTopics.sendEnriched(
                story(id, "Dockworkers walk out")
                        .urgency(3)
                        .body("Work stopped at dawn.", "The union wants a new contract.")
                        .tags(
                                new Tag("medtop:20000568 strike", Tag.TagType.SUBJECT, 0.83, 3),
                                person("Pieter Jansen"),
                                place("Rotterdam"),
                                new Tag("Port of Rotterdam Authority", Tag.TagType.ORGANISATION, 0.7, 1),
                                new Tag("cranes", Tag.TagType.KEYWORD, 0.4, 2))
                        .relatedTo(earlier, "Port talks stall")
                        .enriched(),
                "trace-ninjs");
        await().atMost(PATIENCE).until(() -> reader.get("/stories/" + id).statusCode() == 200);

        HttpResponse<String> answer = reader.get("/stories/" + id, "Accept", NINJS);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(NINJS);
        assertThat(answer.headers().firstValue("Vary")).hasValue("Accept");
        HttpResponse<String> plain = reader.get("/stories/" + id);
        assertThat(plain.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(errors(answer.body())).isEmpty();
        JsonNode item = json(answer.body());
        assertThat(item.get("uri").asString()).isEqualTo(reader.baseUrl() + "/stories/" + id);
        assertThat(item.get("type").asString()).isEqualTo("text");
        assertThat(item.get("version").asString()).isEqualTo("1");
        assertThat(item.get("versionCreated").asString()).isNotBlank();
        assertThat(item.get("pubStatus").asString()).isEqualTo("usable");
        assertThat(item.get("urgency").asInt()).isEqualTo(3);
        assertThat(item.get("language").asString()).isEqualTo("en");
        assertThat(item.get("by").asString()).isEqualTo("Ana Ruiz");
        assertThat(item.get("headlines").get(0).get("value").asString()).isEqualTo("Dockworkers walk out");
        assertThat(item.get("bodies").get(0).get("value").asString())
                .isEqualTo("Work stopped at dawn.\n\nThe union wants a new contract.");
        JsonNode subject = item.get("subjects").get(0);
        assertThat(item.get("subjects")).hasSize(1);
        assertThat(subject.get("name").asString()).isEqualTo("strike");
        assertThat(subject.get("literal").asString()).isEqualTo("medtop:20000568");
        assertThat(subject.get("uri").asString()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/20000568");
        assertThat(subject.get("confidence").asInt()).isEqualTo(83);
        assertThat(strings(item.get("people"), "name")).containsExactly("Pieter Jansen");
        assertThat(strings(item.get("places"), "name")).containsExactly("Rotterdam");
        assertThat(strings(item.get("organisations"), "name")).containsExactly("Port of Rotterdam Authority");
        JsonNode image = item.get("associations").get(0);
        assertThat(image.get("type").asString()).isEqualTo("picture");
        assertThat(image.get("rel").asString()).isEqualTo("image");
        assertThat(image.get("by").asString()).isEqualTo("Photo: Lotte Bakker / Harbour Pictures");
        assertThat(image.get("descriptions").get(0).get("value").asString()).isEqualTo("Cranes stand idle at the port");
        JsonNode related = item.get("associations").get(1);
        assertThat(related.get("rel").asString()).isEqualTo("related");
        assertThat(related.get("uri").asString()).isEqualTo(reader.baseUrl() + "/stories/" + earlier);
        assertThat(item.get("associations")).hasSize(2);
    }

    @Test
    void anEarlierVersionIsServedAsNinjsAndAKilledStoryAsACanceledItem() {
        String id = Stories.uniqueId("ninjs-versions");
        Stories strike = story(id, "Dockworkers walk out");
        KafkaTopics.sendEnriched(strike.enriched(), "trace-ninjs-versions");
        KafkaTopics.sendEnriched(
                strike.version(2).headline("Dockworkers walk out for a week").enriched(), "t");
        await().atMost(PATIENCE)
                .until(() ->
                        json(reader.get("/stories/" + id).body()).get("version").asInt() == 2);

        HttpResponse<String> first = reader.get("/stories/" + id + "/versions/1", "Accept", NINJS);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(errors(first.body())).isEmpty();
        assertThat(json(first.body()).get("version").asString()).isEqualTo("1");
        assertThat(json(first.body()).get("headlines").get(0).get("value").asString())
                .isEqualTo("Dockworkers walk out");

        KafkaTopics.sendEnriched(strike.version(2).killed().enriched(), "t");
        await().atMost(PATIENCE).until(() -> reader.get("/stories/" + id).statusCode() == 410);
        HttpResponse<String> killed = reader.get("/stories/" + id, "Accept", NINJS);

        assertThat(killed.statusCode()).isEqualTo(410);
        assertThat(errors(killed.body())).isEmpty();
        assertThat(json(killed.body()).get("pubStatus").asString()).isEqualTo("canceled");
        assertThat(json(killed.body()).get("version").asString()).isEqualTo("3");
        assertThat(json(killed.body()).has("headlines")).isFalse();
        assertThat(reader.get("/stories/" + id + "/versions/1", "Accept", NINJS).statusCode())
                .isEqualTo(410);
    }

    @Test
    void theSchemaRefusesWhatNinjsDoesNotAllow() {
        assertThat(errors("{\"uri\": \"http://example.org/a\", \"pubStatus\": \"killed\", \"storyId\": \"a\"}"))
                .extracting(Error::getMessage)
                .contains(
                        "does not have a value in the enumeration [\"usable\", \"withheld\", \"canceled\"]",
                        "property 'storyId' is not evaluated and the schema does not allow unevaluated properties");
    }

    private static List<Error> errors(String document) {
        return NINJS_3_1.validate(document, InputFormat.JSON);
    }
}
