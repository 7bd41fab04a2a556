package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import news.wireline.events.RejectCode;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ninjs as agencies send it: 1.x lower-case fields, 3.x camelCase, briefs without a body, AP's
 * version "0", and items that are not text at all. Fixtures are our own, in those shapes.
 */
class NinjsShapesTest {

    private final StoryParser parser = new StoryParser(2_000_000);

    @Test
    void readsNinjs1TextItemWithItsBodyNotItsDescription() {
        // When
        ParsedStory parsed = read(Fixtures.bytes("ninjs-1x-harbour-crane.json"));
        // Then
        assertThat(parsed.story().headline()).isEqualTo("Storm topples harbour crane in Aberlorn");
        assertThat(parsed.story().body())
                .containsExactly(
                        "A container crane fell across the east quay of Aberlorn harbour early on Friday as gusts reached 120 km/h.",
                        "The harbour master said the quay would stay closed until engineers had checked the remaining cranes.");
        assertThat(parsed.story().byline()).isEqualTo(new Story.Byline(List.of("Mairi Dunbar"), null));
        assertThat(parsed.externalId()).isEqualTo("urn:example-desk:2026:harbour-crane");
        assertThat(parsed.version()).isEqualTo(2);
    }

    @Test
    void readsNinjs3CamelCaseTakingTheFirstReadableBodyAndItsPicture() {
        // When
        ParsedStory parsed = read(Fixtures.bytes("ninjs-3x-orchard-frost.json"));
        // Then: the NITF body is passed over for the HTML one
        assertThat(parsed.story().headline()).isEqualTo("Late frost threatens apple harvest in Vellinge");
        assertThat(parsed.story().body())
                .containsExactly(
                        "Apple growers around Vellinge lit fires between the rows overnight as temperatures fell to minus four.",
                        "The growers' association expects a third of the blossom to be lost.");
        assertThat(parsed.story().section()).isEqualTo("Farming");
        assertThat(parsed.story().language()).isEqualTo("sv");
        assertThat(parsed.story().images())
                .containsExactly(new Story.Image("Fires between apple trees at dawn.", "Elin Marsk"));
        assertThat(parsed.version()).isEqualTo(3);
        assertThat(parsed.release()).isEqualTo(new Release(Release.Status.USABLE, 5, null));
    }

    @Test
    void readsABriefWithItsDescriptionsAsItsBody() {
        // When
        ParsedStory parsed = read(Fixtures.bytes("ninjs-brief-ferry-fares.json"));
        // Then
        assertThat(parsed.story().headline()).isEqualTo("Ferry fares on the Brenna crossing rise in January");
        assertThat(parsed.story().body())
                .containsExactly(
                        "Fares on the Brenna ferry crossing will rise by eight percent from 1 January, the county council decided on Thursday.",
                        "Season tickets are not affected.");
        assertThat(parsed.story().section()).isEqualTo("ferjer-priser");
        assertThat(parsed.version()).isEqualTo(1);
    }

    @Test
    void readsANinjs1BriefFromItsDescriptionText() {
        // When
        Story story = read(json(
                        "{\"type\": \"text\", \"headline\": \"Library reopens\","
                                + " \"description_text\": \"The town library reopens on Monday.\\n\\nOpening hours are longer.\"}"))
                .story();
        // Then
        assertThat(story.body()).containsExactly("The town library reopens on Monday.", "Opening hours are longer.");
    }

    @Test
    void readsVersionZeroAsTheFirstVersion() {
        // When
        ParsedStory parsed = read(Fixtures.bytes("ninjs-version-zero-bridge-vote.json"));
        // Then
        assertThat(parsed.version()).isEqualTo(1);
        assertThat(parsed.story().headline()).isEqualTo("Town council backs second bridge over the Tarrow");
        assertThat(parsed.story().body()).hasSize(2);
    }

    @Test
    void aCamelCaseKillIsAKill() {
        // When
        ParsedStory parsed = read(json(
                "{\"uri\": \"urn:example-desk:2026:kill\", \"version\": \"2\"," + " \"pubStatus\": \"canceled\"}"));
        // Then
        assertThat(parsed.release().status()).isEqualTo(Release.Status.WITHDRAWN);
        assertThat(parsed.story().headline()).isEqualTo("urn:example-desk:2026:kill");
    }

    @Test
    void aBadCamelCaseFieldIsRefusedUnderItsOwnName() {
        // When
        StoryRejectedException refused = refuse(
                json("{\"headline\": \"Fog\", \"body_text\": \"Fog.\"," + " \"versionCreated\": \"yesterday\"}"));
        // Then
        assertThat(refused.code()).isEqualTo(RejectCode.INVALID_FIELD);
        assertThat(refused.field()).isEqualTo("versionCreated");
    }

    @Test
    void aTextItemWithNeitherBodyNorDescriptionIsRefusedForItsBody() {
        // When
        StoryRejectedException refused =
                refuse(json("{\"type\": \"text\", \"headlines\": [{\"value\": \"Only a headline\"}]}"));
        // Then
        assertThat(refused.code()).isEqualTo(RejectCode.MISSING_FIELD);
        assertThat(refused.field()).isEqualTo("body");
    }

    @Test
    void aPictureWithCaptionAndBodyIsRefusedByType() {
        // When
        StoryRejectedException refused = refuse(Fixtures.bytes("ninjs-picture-market-square.json"));
        // Then
        assertThat(refused.code()).isEqualTo(RejectCode.UNSUPPORTED_ITEM_TYPE);
        assertThat(refused.field()).isEqualTo("type");
        assertThat(refused.getMessage()).startsWith("The item is of type 'picture';");
    }

    @Test
    void aPressConferenceEventWithHeadlineAndBodyIsRefusedByType() {
        // When
        StoryRejectedException refused = refuse(Fixtures.bytes("ninjs-event-budget-briefing.json"));
        // Then
        assertThat(refused.code()).isEqualTo(RejectCode.UNSUPPORTED_ITEM_TYPE);
        assertThat(refused.getMessage()).startsWith("The item is of type 'event';");
    }

    @ParameterizedTest
    @CsvSource({"picture", "graphic", "audio", "video", "event", "composite", "component", "planning"})
    void everyNonTextTypeIsRefusedNamingIt(String type) {
        // Given
        String item = "{\"type\": \"%s\", \"headline\": \"Harbour at dusk\", \"body_text\": \"The harbour at dusk.\"}"
                .formatted(type);
        // When
        StoryRejectedException refused = refuse(json(item));
        // Then
        assertThat(refused.code()).isEqualTo(RejectCode.UNSUPPORTED_ITEM_TYPE);
        assertThat(refused.field()).isEqualTo("type");
        assertThat(refused.getMessage()).startsWith("The item is of type '" + type + "';");
    }

    @Test
    void anItemWithEventDetailsAndNoTypeIsAnEvent() {
        // When
        StoryRejectedException refused = refuse(json("{\"uri\": \"urn:example:match\","
                + " \"descriptions\": [{\"value\": \"Kick-off at eight.\"}], \"eventDetails\": {}}"));
        // Then
        assertThat(refused.code()).isEqualTo(RejectCode.UNSUPPORTED_ITEM_TYPE);
        assertThat(refused.getMessage()).startsWith("The item is of type 'event';");
    }

    @Test
    void aTypeLongerThanItsLimitIsRefusedAsTooLarge() {
        // When
        StoryRejectedException refused = refuse(json("{\"type\": \"%s\", \"headline\": \"x\", \"body_text\": \"y\"}"
                .formatted("v".repeat(NinjsType.MAX_TYPE + 1))));
        // Then
        assertThat(refused.code()).isEqualTo(RejectCode.TOO_LARGE);
        assertThat(refused.field()).isEqualTo("type");
    }

    @Test
    void anOverlongAssociatedCaptionIsRefusedWithItsPath() {
        // Given
        String caption = "c".repeat(FieldLimits.MAX_CAPTION + 1);
        String item = ("{\"headline\": \"Flood\", \"body_text\": \"The river rose.\", \"associations\": ["
                        + "{\"type\": \"video\"}, {\"type\": \"picture\", \"descriptions\": [{\"value\": \"%s\"}]}]}")
                .formatted(caption);
        // When
        StoryRejectedException refused = refuse(json(item));
        // Then
        assertThat(refused.code()).isEqualTo(RejectCode.TOO_LARGE);
        assertThat(refused.field()).isEqualTo("associations[1].descriptions[0].value");
    }

    @Test
    void ninjs1AssociationsObjectGivesItsPicturesAsImages() {
        // When
        Story story = read(json("{\"headline\": \"Flood\", \"body_text\": \"The river rose.\", \"associations\": {"
                        + "\"main\": {\"type\": \"picture\", \"description_text\": \"The river at noon.\","
                        + " \"by\": \"Ana Vell\"}, \"clip\": {\"type\": \"video\", \"by\": \"Ana Vell\"}}}"))
                .story();
        // Then
        assertThat(story.images()).containsExactly(new Story.Image("The river at noon.", "Ana Vell"));
    }

    private ParsedStory read(byte[] json) {
        return parser.read(json, "application/json");
    }

    private StoryRejectedException refuse(byte[] json) {
        return catchThrowableOfType(StoryRejectedException.class, () -> read(json));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
