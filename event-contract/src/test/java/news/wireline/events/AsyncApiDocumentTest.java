package news.wireline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The AsyncAPI document names exactly the contract's topics, headers and schemas, so tooling
 * generated from it and code written against {@link Topics} and {@link Headers} agree.
 */
class AsyncApiDocumentTest {

    static final List<Topics.Topic<?>> EVENT_TOPICS = List.of(Topics.INGESTED, Topics.ENRICHED, Topics.PUBLISHED);

    final JsonNode document = read();

    @Test
    void isAnAsyncApi3DocumentWithAChannelPerTopicAndNoOther() {
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(channels().stream().map(channel -> channel.get("address").asString()))
                .containsExactlyInAnyOrderElementsOf(
                        Topics.ALL.stream().map(Topics.Topic::name).toList());
    }

    @Test
    void everyHeaderTheContractNamesIsDocumentedAndNoOther() throws IllegalAccessException {
        Set<String> documented = new HashSet<>();
        for (JsonNode channel : channels()) {
            JsonNode headers = message(channel).get("headers");
            if (headers == null) {
                continue; // ingest's intake decisions carry none
            }
            documented.addAll(headers.get("properties").propertyNames());
            headers.get("required")
                    .forEach(name -> assertThat(headers.get("properties").has(name.asString()))
                            .as("required header %s is described", name)
                            .isTrue());
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(headerConstants());
    }

    @Test
    void eachEventTopicCarriesTheCloudEventsAttributesOfItsEvents() {
        for (Topics.Topic<?> topic : EVENT_TOPICS) {
            JsonNode headers = message(channel(topic)).get("headers");

            assertThat(headers.get("required").valueStream().map(JsonNode::asString))
                    .as(topic.name())
                    .contains(
                            Headers.CE_SPECVERSION,
                            Headers.CE_ID,
                            Headers.CE_SOURCE,
                            Headers.CE_TYPE,
                            Headers.CE_SUBJECT,
                            Headers.CE_TIME,
                            Headers.CE_DATASCHEMA);
            JsonNode properties = headers.get("properties");
            assertThat(properties.get(Headers.CE_SOURCE).get("const").asString())
                    .isEqualTo(EventAttributes.source(topic).toString());
            assertThat(properties.get(Headers.CE_DATASCHEMA).get("const").asString())
                    .isEqualTo(EventAttributes.dataSchema(topic).toString());
        }
        assertThat(message(channel(Topics.PUBLISHED))
                        .get("headers")
                        .get("properties")
                        .get(Headers.CE_TYPE)
                        .get("enum")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly(EventAttributes.PUBLISHED, EventAttributes.UPDATED, EventAttributes.WITHDRAWN);
    }

    @Test
    void eachEventTopicsPayloadIsItsValueTypesSchemaFileByReferenceAndEverySchemaFileIsUsed() throws Exception {
        Set<String> referenced = new HashSet<>();
        for (Topics.Topic<?> topic : Topics.ALL) {
            if (topic.valueType() == byte[].class) {
                continue;
            }
            String ref = message(channel(topic))
                    .get("payload")
                    .get("schema")
                    .get("$ref")
                    .asString();

            assertThat(ref).isEqualTo("./schema/" + topic.valueType().getSimpleName() + ".schema.json");
            assertThat(getClass().getResource("/" + ref.substring(2))).as(ref).isNotNull();
            referenced.add(ref.substring("./schema/".length()));
        }

        assertThat(referenced).containsExactlyInAnyOrderElementsOf(eventSchemaFiles());
    }

    private List<JsonNode> channels() {
        List<JsonNode> channels = new ArrayList<>();
        document.get("channels").forEach(channels::add);
        return channels;
    }

    private JsonNode channel(Topics.Topic<?> topic) {
        return channels().stream()
                .filter(channel -> channel.get("address").asString().equals(topic.name()))
                .findFirst()
                .orElseThrow();
    }

    /** Each channel carries one message, referenced from components. */
    private JsonNode message(JsonNode channel) {
        List<JsonNode> messages = channel.get("messages").valueStream().toList();
        assertThat(messages).hasSize(1);
        return resolve(messages.get(0).get("$ref").asString());
    }

    private JsonNode resolve(String ref) {
        assertThat(ref).startsWith("#/");
        return document.at(ref.substring(1));
    }

    /** Every schema file but the shared definitions, which the event schemas reference themselves. */
    private List<String> eventSchemaFiles() throws Exception {
        URL folder = getClass().getResource("/schema/");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals("definitions.schema.json"))
                    .toList();
        }
    }

    private static List<String> headerConstants() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : Headers.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static JsonNode read() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            return YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new AssertionError("asyncapi.yaml cannot be read", e);
        }
    }
}
