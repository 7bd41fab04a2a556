package news.wireline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schemas and the Java records describe the same fields, so a consumer working
 * from the schema and one using the records read the same events.
 */
class SchemaAgreementTest {

    final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(
            classes = {
                StoryIngested.class,
                StoryEnriched.class,
                StoryPublished.class,
                IntakeRequest.class,
                IntakeDecision.class
            })
    void eventSchemaNamesEveryRecordComponent(Class<? extends Record> event) throws Exception {
        JsonNode schema = schema(event.getSimpleName());

        assertThat(fieldNames(schema.get("properties"))).containsExactlyInAnyOrderElementsOf(components(event));
        assertThat(schema.get("properties").get("schemaVersion").get("const").asInt())
                .isEqualTo(event.getField("SCHEMA_VERSION").getInt(null));
    }

    @Test
    void everyEventsCloudEventsDataSchemaIsItsSchemasId() throws IOException {
        for (Topics.Topic<?> topic : List.of(Topics.INGESTED, Topics.ENRICHED, Topics.PUBLISHED)) {
            JsonNode schema = schema(topic.valueType().getSimpleName());

            assertThat(EventAttributes.dataSchema(topic).toString())
                    .isEqualTo(schema.get("$id").asString());
        }
    }

    @ParameterizedTest
    @ValueSource(
            classes = {
                Story.class,
                StoryContent.class,
                Tag.class,
                RelatedLink.class,
                Timeline.class,
                Release.class,
                EarlierVersion.class
            })
    void sharedDefinitionNamesEveryRecordComponent(Class<? extends Record> part) throws IOException {
        JsonNode definition = schema("definitions").get("$defs").get(part.getSimpleName());

        assertThat(fieldNames(definition.get("properties"))).containsExactlyInAnyOrderElementsOf(components(part));
    }

    @ParameterizedTest
    @ValueSource(classes = {Tag.TagType.class, StoryPublished.ChangeType.class, Release.Status.class})
    void enumsInTheSchemaMatchTheJavaEnums(Class<? extends Enum<?>> type) throws IOException {
        JsonNode values = type == Tag.TagType.class
                ? schema("definitions")
                        .get("$defs")
                        .get("Tag")
                        .get("properties")
                        .get("type")
                        .get("enum")
                : type == Release.Status.class
                        ? schema("definitions")
                                .get("$defs")
                                .get("Release")
                                .get("properties")
                                .get("status")
                                .get("enum")
                        : schema("StoryPublished")
                                .get("properties")
                                .get("change")
                                .get("enum");
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.asString()));

        assertThat(names)
                .containsExactlyElementsOf(
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private JsonNode schema(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schema/" + name + ".schema.json")) {
            assertThat(in).as("schema %s", name).isNotNull();
            return json.readTree(in);
        }
    }

    private static List<String> fieldNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }
}
