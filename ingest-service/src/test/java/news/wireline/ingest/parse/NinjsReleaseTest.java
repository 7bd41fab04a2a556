package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import news.wireline.events.RejectCode;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ninjs 2.x: the desk's id, version, status, urgency and embargo next to the story. */
class NinjsReleaseTest {

    private final StoryParser parser = new StoryParser(100_000);

    @Test
    void readsUriVersionUrgencyAndEmbargo() {
        // When
        ParsedStory parsed = read(Fixtures.bytes("skerrin-tidal-ferries.ninjs.json"));
        // Then
        assertThat(parsed.externalId()).isEqualTo("urn:wireline:energy:skerrin-tidal-ferries");
        assertThat(parsed.version()).isEqualTo(2);
        assertThat(parsed.release())
                .isEqualTo(new Release(Release.Status.USABLE, 3, Instant.parse("2026-03-14T10:00:00Z")));
        assertThat(parsed.story().section()).isEqualTo("Energy");
    }

    @Test
    void defaultsToUsableAtUrgencyFiveWithoutEmbargo() {
        ParsedStory parsed =
                read(ninjs("\"headline\": \"Ferry service resumes\", \"body_text\": \"Ferries sailed again.\""));
        assertThat(parsed.release()).isEqualTo(Release.usable());
        assertThat(parsed.externalId()).isNull();
        assertThat(parsed.version()).isNull();
    }

    @Test
    void readsEmbargoWithAnOffsetAsTheSameInstantInUtc() {
        ParsedStory parsed = read(ninjs(
                "\"headline\": \"Ferry\", \"body_text\": \"Text.\", \"embargoed\": \"2026-03-14T11:00:00+01:00\""));
        assertThat(parsed.release().embargoedUntil()).isEqualTo(Instant.parse("2026-03-14T10:00:00Z"));
    }

    @ParameterizedTest(name = "{0} -> WITHDRAWN")
    @CsvSource({"canceled", "withheld", "CANCELED"})
    void readsCanceledOrWithheldAsAKillThatNeedsNoBody(String pubstatus) {
        // When
        ParsedStory parsed = read(
                ninjs("\"uri\": \"urn:example:ferry\", \"version\": \"4\", \"headline\": \"Ferry service resumes\", "
                        + "\"pubstatus\": \"" + pubstatus + "\", \"urgency\": 2"));
        // Then
        assertThat(parsed.release()).isEqualTo(new Release(Release.Status.WITHDRAWN, 2, null));
        assertThat(parsed.story())
                .isEqualTo(new Story("Ferry service resumes", null, null, List.of(), List.of(), List.of(), null, null));
        assertThat(parsed.version()).isEqualTo(4);
    }

    @Test
    void headlinesAKillThatSendsOnlyItsUriWithTheUri() {
        ParsedStory parsed = read(ninjs("\"uri\": \"urn:example:ferry\", \"pubstatus\": \"canceled\""));
        assertThat(parsed.story().headline()).isEqualTo("urn:example:ferry");
        assertThat(parsed.externalId()).isEqualTo("urn:example:ferry");
        assertThat(parsed.release().isWithdrawn()).isTrue();
    }

    @Test
    void keepsTheReasonAKillGivesAsItsBody() {
        ParsedStory parsed = read(ninjs("\"uri\": \"urn:example:ferry\", \"pubstatus\": \"canceled\", "
                + "\"body_text\": \"The story named the wrong ferry operator.\""));
        assertThat(parsed.story().body()).containsExactly("The story named the wrong ferry operator.");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            "version": "three"                       | INVALID_FIELD | version
            "version": "-1"                          | INVALID_FIELD | version
            "version": "12345678901"                 | INVALID_FIELD | version
            "version": 3                             | INVALID_FIELD | version
            "versioncreated": "yesterday"            | INVALID_FIELD | versioncreated
            "versioncreated": "2026-03-14T08:30:00"  | INVALID_FIELD | versioncreated
            "firstcreated": "2026-02-30T08:30:00Z"   | INVALID_FIELD | firstcreated
            "firstcreated": 1773477000               | INVALID_FIELD | firstcreated
            "embargoed": "2026-03-14"                | INVALID_FIELD | embargoed
            "embargoed": true                        | INVALID_FIELD | embargoed
            "pubstatus": "draft"                     | INVALID_FIELD | pubstatus
            "pubstatus": ["usable"]                  | INVALID_FIELD | pubstatus
            "urgency": 0                             | INVALID_FIELD | urgency
            "urgency": 10                            | INVALID_FIELD | urgency
            "urgency": "3"                           | INVALID_FIELD | urgency
            "urgency": 2.5                           | INVALID_FIELD | urgency
            "uri": {"id": "x"}                       | INVALID_FIELD | uri
            "headlines": [{"value": 7}]              | INVALID_FIELD | headlines[0].value
            "genres": "Energy"                       | INVALID_FIELD | genres
            """)
    void rejectsMetadataNamingTheFieldAtFault(String field, RejectCode code, String name) {
        StoryRejectedException rejected = catchThrowableOfType(
                StoryRejectedException.class,
                () -> read(ninjs("\"headline\": \"Ferry\", \"body_text\": \"Text.\", " + field)));
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.field()).isEqualTo(name);
        assertThat(rejected.getMessage()).contains("'" + name + "'");
    }

    @Test
    void explainsWhatAValidValueLooksLike() {
        StoryRejectedException rejected = catchThrowableOfType(
                StoryRejectedException.class,
                () -> read(ninjs("\"headline\": \"Ferry\", \"body_text\": \"Text.\", \"version\": \"v2\"")));
        assertThat(rejected.getMessage())
                .isEqualTo(
                        "Field 'version' must be a version number from 1 up, written in digits such as \"3\", but is \"v2\".");
    }

    @Test
    void rejectsAKillWithNeitherHeadlineNorUri() {
        StoryRejectedException rejected = catchThrowableOfType(
                StoryRejectedException.class, () -> read(ninjs("\"pubstatus\": \"canceled\", \"version\": \"2\"")));
        assertThat(rejected.code()).isEqualTo(RejectCode.MISSING_FIELD);
        assertThat(rejected.field()).isEqualTo("headline");
        assertThat(rejected.getMessage()).contains("uri");
    }

    @Test
    void stillRequiresABodyForAUsableStory() {
        StoryRejectedException rejected = catchThrowableOfType(
                StoryRejectedException.class,
                () -> read(
                        ninjs("\"uri\": \"urn:example:ferry\", \"headline\": \"Ferry\", \"pubstatus\": \"usable\"")));
        assertThat(rejected.code()).isEqualTo(RejectCode.MISSING_FIELD);
        assertThat(rejected.field()).isEqualTo("body");
    }

    private ParsedStory read(byte[] json) {
        return parser.read(json, "application/json");
    }

    private static byte[] ninjs(String fields) {
        return ("{" + fields + "}").getBytes(StandardCharsets.UTF_8);
    }
}
