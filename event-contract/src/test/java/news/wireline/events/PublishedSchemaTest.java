package news.wireline.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * StoryPublished events as the records write them are valid by the published JSON Schema, with
 * their full content and without it, and so are events written before the content was added.
 */
class PublishedSchemaTest {

    static final Instant AT = Instant.parse("2026-11-25T09:30:00Z");
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaIdResolvers(
                    ids -> ids.mapPrefix("https://wireline.news/schema/", "classpath:schema/")));

    final JsonMapper json = JsonMapper.builder().build();
    final Schema schema =
            SCHEMAS.getSchema(SchemaLocation.of("https://wireline.news/schema/StoryPublished.schema.json"));

    final StoryContent content = new StoryContent(
            List.of("The sluice gates opened at dawn.", "Farmers downstream cheered."),
            List.of(new Story.Image("Water pours through the gates", "Photo: Marta Silva / Valley Press")),
            new Story.Byline(List.of("Marta Silva"), null),
            "en",
            List.of(new RelatedLink(StoryId.of("wl-dam-built"), "Dam finished", 0.4, List.of("Portugal"))));

    @Test
    void aPublishedEventWithItsWholeContentIsValid() {
        StoryPublished event = published(content);

        assertThat(errors(json.writeValueAsString(event))).isEmpty();
        assertThat(json.readValue(json.writeValueAsString(event), StoryPublished.class))
                .isEqualTo(event);
    }

    @Test
    void anEventCarryingOnlyThePointerLeavesContentOutAndIsValid() {
        String written = json.writeValueAsString(published(null));

        assertThat(json.readTree(written).has("content")).isFalse();
        assertThat(json.readTree(written).get("versionUrl").asString())
                .isEqualTo("https://news.example/stories/wl-dam/versions/2");
        assertThat(errors(written)).isEmpty();
    }

    @Test
    void anEventWrittenBeforeContentExistedIsValidAndReadsWithoutIt() {
        ObjectNode old = (ObjectNode) json.readTree(json.writeValueAsString(published(content)));
        old.remove("versionUrl");
        old.remove("content");

        assertThat(errors(old.toString())).isEmpty();
        StoryPublished read = json.readValue(old.toString(), StoryPublished.class);
        assertThat(read.versionUrl()).isNull();
        assertThat(read.content()).isNull();
    }

    @Test
    void contentWithoutItsBodyIsRefused() {
        ObjectNode event = (ObjectNode) json.readTree(json.writeValueAsString(published(content)));
        ((ObjectNode) event.get("content")).remove("body");

        assertThat(errors(event.toString()))
                .extracting(Error::getMessage)
                .containsExactly("required property 'body' not found");
    }

    private List<Error> errors(String event) {
        return schema.validate(event, InputFormat.JSON);
    }

    private StoryPublished published(StoryContent withContent) {
        return new StoryPublished(
                StoryPublished.SCHEMA_VERSION,
                StoryId.of("wl-dam"),
                2,
                StoryPublished.ChangeType.UPDATED,
                3,
                "Dam opens early",
                "World",
                "https://news.example/stories/wl-dam",
                List.of(new Tag("Portugal", Tag.TagType.PLACE, 0.9, 2)),
                Timeline.receivedAt(AT).publishedAt(AT),
                "https://news.example/stories/wl-dam/versions/2",
                withContent);
    }
}
