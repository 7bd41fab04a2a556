package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values with a range rather than a length, at each end of it and one past, in ninjs and
 * NewsML-G2 alike: date-times from 1970 up to the end of 2099, versions 1 to 999,999,999,
 * urgency 1 to 9. Outside the range is {@code INVALID_FIELD}; a content type too long to be one
 * is {@code TOO_LARGE}.
 */
class FieldRangesTest {

    private final StoryParser parser = new StoryParser(100_000);

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2099-12-31T23:59:59Z", "2100-01-01T00:59:59+01:00"})
    void keepsAnEmbargoFrom1970ToTheEndOf2099(String embargo) {
        Instant expected = OffsetDateTime.parse(embargo).toInstant();

        assertThat(parser.read(ninjs("\"embargoed\": \"" + embargo + "\""), "application/json")
                        .release()
                        .embargoedUntil())
                .isEqualTo(expected);
        assertThat(parser.read(
                                newsItem("<itemMeta><embargoed>" + embargo + "</embargoed></itemMeta>", "1"),
                                "application/xml")
                        .release()
                        .embargoedUntil())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1969-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "9999-12-31T00:00:00Z", "+10000-01-01T00:00:00Z"
            })
    void refusesAnEmbargoBefore1970OrFrom2100(String embargo) {
        assertRefused(
                ninjs("\"embargoed\": \"" + embargo + "\""), "application/json", RejectCode.INVALID_FIELD, "embargoed");
        assertRefused(
                newsItem("<itemMeta><embargoed>" + embargo + "</embargoed></itemMeta>", "1"),
                "application/xml",
                RejectCode.INVALID_FIELD,
                "itemMeta/embargoed");
    }

    @Test
    void holdsTheCreationDatesItChecksToTheSameRange() {
        assertRefused(
                ninjs("\"versioncreated\": \"9999-01-01T00:00:00Z\""),
                "application/json",
                RejectCode.INVALID_FIELD,
                "versioncreated");
        assertRefused(
                newsItem("<itemMeta><firstCreated>1900-01-01T00:00:00Z</firstCreated></itemMeta>", "1"),
                "application/xml",
                RejectCode.INVALID_FIELD,
                "itemMeta/firstCreated");
    }

    @ParameterizedTest
    @CsvSource({"1", "999999999"})
    void keepsAVersionFromOneTo999999999(int version) {
        assertThat(parser.read(ninjs("\"version\": \"" + version + "\""), "application/json")
                        .version())
                .isEqualTo(version);
        assertThat(parser.read(newsItem("", String.valueOf(version)), "application/xml")
                        .version())
                .isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1000000000"})
    void refusesAVersionOutsideOneTo999999999(String version) {
        assertRefused(
                ninjs("\"version\": \"" + version + "\""), "application/json", RejectCode.INVALID_FIELD, "version");
        assertRefused(newsItem("", version), "application/xml", RejectCode.INVALID_FIELD, "newsItem@version");
    }

    /** ninjs "0" is a first version (AP counts from 0, see NinjsShapesTest); NewsML-G2 counts from 1. */
    @Test
    void refusesVersionZeroOnlyInNewsMl() {
        assertRefused(newsItem("", "0"), "application/xml", RejectCode.INVALID_FIELD, "newsItem@version");
    }

    @Test
    void keepsUrgencyFromOneToNineAndRefusesTen() {
        assertThat(parser.read(ninjs("\"urgency\": 9"), "application/json")
                        .release()
                        .urgency())
                .isEqualTo(9);
        assertThat(parser.read(newsItemWithUrgency("9"), "application/xml")
                        .release()
                        .urgency())
                .isEqualTo(9);
        assertRefused(ninjs("\"urgency\": 10"), "application/json", RejectCode.INVALID_FIELD, "urgency");
        assertRefused(newsItemWithUrgency("10"), "application/xml", RejectCode.INVALID_FIELD, "contentMeta/urgency");
    }

    @Test
    void readsAContentTypeOfTwoHundredCharactersAndRefusesOneOfTwoHundredAndOne() {
        String atLimit = "application/json; profile=" + "p".repeat(200 - "application/json; profile=".length());

        assertThat(parser.read(ninjs(""), atLimit).story().headline()).isEqualTo("Ferry service resumes");
        assertRefused(ninjs(""), atLimit + "p", RejectCode.TOO_LARGE, "contentType");
    }

    private void assertRefused(byte[] body, String contentType, RejectCode code, String field) {
        StoryRejectedException rejected =
                catchThrowableOfType(StoryRejectedException.class, () -> parser.read(body, contentType));
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.field()).isEqualTo(field);
    }

    private static byte[] ninjs(String field) {
        String fields = "\"headline\": \"Ferry service resumes\", \"body_text\": \"Ferries sailed again.\""
                + (field.isEmpty() ? "" : ", " + field);
        return ("{" + fields + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] newsItem(String itemMeta, String version) {
        return ("<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:example:ferry' version='" + version
                        + "'>" + itemMeta
                        + "<contentMeta><headline>Ferry service resumes</headline></contentMeta>"
                        + "<contentSet><inlineXML><p>Ferries sailed again.</p></inlineXML></contentSet></newsItem>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] newsItemWithUrgency(String urgency) {
        return ("<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:example:ferry'><contentMeta><urgency>"
                        + urgency
                        + "</urgency><headline>Ferry service resumes</headline></contentMeta>"
                        + "<contentSet><inlineXML><p>Ferries sailed again.</p></inlineXML></contentSet></newsItem>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
