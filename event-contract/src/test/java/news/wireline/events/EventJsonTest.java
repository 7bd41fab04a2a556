package news.wireline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON downstream consumers depend on: field names, id as a plain string, ISO-8601 times. */
class EventJsonTest {

    static final Instant AT = Instant.parse("2026-11-25T09:30:00Z");
    final JsonMapper json = JsonMapper.builder().build();

    final Story story = new Story(
            "Dam opens early",
            "World",
            3,
            List.of(new Story.Image("Gates open", "Ana RUIZ / Desk")),
            List.of("Water flowed.", "Farmers cheered."),
            List.of(new Story.Teaser("Earlier: dam built", "It took years…")),
            new Story.Byline(List.of(), "Test desk"),
            "en");
    final StoryEnriched enriched = new StoryEnriched(
            StoryEnriched.SCHEMA_VERSION,
            StoryId.of("wl-dam"),
            2,
            "test-desk",
            "abc",
            new Release(Release.Status.USABLE, 1, AT),
            story,
            List.of(new Tag("Portugal", Tag.TagType.PLACE, 0.9, 2)),
            List.of(new RelatedLink(StoryId.of("wl-old"), "Dam built", 0.5, List.of("Portugal"))),
            Timeline.receivedAt(AT).ingestedAt(AT).enrichedAt(AT));

    @Test
    void enrichedEventReadsBackEqual() {
        assertThat(json.readValue(json.writeValueAsString(enriched), StoryEnriched.class))
                .isEqualTo(enriched);
    }

    @Test
    void publishedEventHasTheDocumentedShape() {
        StoryPublished published = new StoryPublished(
                StoryPublished.SCHEMA_VERSION,
                StoryId.of("wl-dam"),
                2,
                StoryPublished.ChangeType.UPDATED,
                1,
                "Dam opens early",
                "World",
                "http://feed/stories/wl-dam",
                enriched.tags(),
                enriched.timeline().publishedAt(AT),
                null,
                null);

        JsonNode node = json.readTree(json.writeValueAsString(published));

        assertThat(node.get("id").asString()).isEqualTo("wl-dam");
        assertThat(node.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(node.get("change").asString()).isEqualTo("UPDATED");
        assertThat(node.get("timeline").get("published").asString()).isEqualTo("2026-11-25T09:30:00Z");
        assertThat(node.get("tags").get(0).get("type").asString()).isEqualTo("PLACE");
    }

    @Test
    void releaseCarriesOnlyItsOwnFields() {
        JsonNode release = json.readTree(json.writeValueAsString(enriched)).get("release");

        List<String> fields = new java.util.ArrayList<>();
        release.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("status", "urgency", "embargoedUntil");
        assertThat(json.readTree(json.writeValueAsString(Release.withdrawn())).propertyNames())
                .containsExactly("status", "urgency");
    }

    @Test
    void ingestedEventCarriesItsEarlierVersionsAndReadsBackEqual() {
        StoryIngested correction = new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                StoryId.of("wl-dam"),
                2,
                "test-desk",
                "abc",
                Release.usable(),
                story,
                Timeline.receivedAt(AT),
                List.of(new EarlierVersion(1, "0123456789abcdef")));

        JsonNode node = json.readTree(json.writeValueAsString(correction));

        assertThat(node.get("earlierVersions").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(node.get("earlierVersions").get(0).get("fingerprint").asString())
                .isEqualTo("0123456789abcdef");
        assertThat(json.readValue(json.writeValueAsString(correction), StoryIngested.class))
                .isEqualTo(correction);
    }

    @Test
    void ingestedEventWithoutEarlierVersionsLeavesThemOutAndOldEventsReadAsNone() {
        StoryIngested first = new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                StoryId.of("wl-dam"),
                1,
                "test-desk",
                "abc",
                Release.usable(),
                story,
                Timeline.receivedAt(AT));

        JsonNode node = json.readTree(json.writeValueAsString(first));

        assertThat(node.has("earlierVersions")).isFalse();
        assertThat(json.readValue(node.toString(), StoryIngested.class).earlierVersions())
                .isEmpty();
    }

    @Test
    void stagesNotYetReachedAreLeftOut() {
        JsonNode timeline = json.readTree(json.writeValueAsString(Timeline.receivedAt(AT)));

        assertThat(timeline.has("received")).isTrue();
        assertThat(timeline.has("published")).isFalse();
    }
}
