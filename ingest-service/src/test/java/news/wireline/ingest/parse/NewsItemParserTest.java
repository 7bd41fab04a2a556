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

class NewsItemParserTest {

    private final StoryParser parser = new StoryParser(100_000);

    @Test
    void readsNewsItemMetadataAndXhtmlBody() {
        // When
        ParsedStory parsed = read(Fixtures.bytes("skerrin-tidal-ferries.newsml.xml"));
        // Then
        assertThat(parsed.externalId()).isEqualTo("urn:wireline:energy:skerrin-tidal-ferries");
        assertThat(parsed.version()).isEqualTo(2);
        assertThat(parsed.release())
                .isEqualTo(new Release(Release.Status.USABLE, 3, Instant.parse("2026-03-14T10:00:00Z")));
        Story story = parsed.story();
        assertThat(story.headline()).isEqualTo("Tidal turbines start charging electric ferries at Skerrin harbour");
        assertThat(story.section()).isEqualTo("Energy");
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of("Ana Ferreira", "Tomás Lindqvist"), null));
        assertThat(story.language()).isEqualTo("en");
        assertThat(story.body()).hasSize(5);
        assertThat(story.body().get(1))
                .isEqualTo(
                        "The six turbines sit on the seabed at the mouth of the sound, where currents reach"
                                + " four metres a second at mid-tide. Skerrin Ferries & Freight said the array covers about 80 percent of the ferries’ daily needs.");
    }

    @Test
    void readsParagraphsWithoutXhtmlNamespaceAndSkipsFiguresAndScripts() {
        // Given XHTML that inherits the NewsML-G2 namespace, with inline markup, a figure and a script
        String body = "<html><body><h2>Timetable</h2><p>Ferries sail <i>hourly</i><br/>from six.</p>"
                + "<figure><img src='x.jpg'/><figcaption>The quay at dawn (Photo: Ines Roth)</figcaption></figure>"
                + "<script>track()</script><ul><li>Route A.</li><li>Route B.</li></ul></body></html>";
        // When
        Story story = read(item("<contentMeta><headline>Ferry timetable</headline></contentMeta>"
                        + "<contentSet><inlineXML contenttype='application/xhtml+xml'>" + body
                        + "</inlineXML></contentSet>"))
                .story();
        // Then
        assertThat(story.body()).containsExactly("Timetable", "Ferries sail hourly from six.", "Route A.", "Route B.");
    }

    @Test
    void readsPlainInlineDataSplitOnBlankLines() {
        Story story = read(item(
                        "<contentMeta><headline>Ferry</headline></contentMeta>"
                                + "<contentSet><inlineData contenttype='text/plain'>First paragraph.\n\nSecond paragraph.</inlineData></contentSet>"))
                .story();
        assertThat(story.body()).containsExactly("First paragraph.", "Second paragraph.");
    }

    @ParameterizedTest(name = "{0} -> WITHDRAWN")
    @CsvSource({
        "qcode='stat:canceled'",
        "qcode='stat:withheld'",
        "uri='http://cv.iptc.org/newscodes/pubstatusg2/canceled'"
    })
    void readsCanceledOrWithheldAsAKillWithTheGuidStandingInForTheHeadline(String pubStatus) {
        // When
        ParsedStory parsed = read(item("<itemMeta><pubStatus " + pubStatus + "/></itemMeta>"));
        // Then
        assertThat(parsed.release()).isEqualTo(Release.withdrawn());
        assertThat(parsed.story())
                .isEqualTo(new Story("urn:example:ferry", null, null, List.of(), List.of(), List.of(), null, null));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            <itemMeta><pubStatus qcode='stat:draft'/></itemMeta>                    | INVALID_FIELD | itemMeta/pubStatus
            <itemMeta><pubStatus/></itemMeta>                                       | INVALID_FIELD | itemMeta/pubStatus
            <itemMeta><embargoed>tomorrow</embargoed></itemMeta>                    | INVALID_FIELD | itemMeta/embargoed
            <itemMeta><versionCreated>2026-03-14</versionCreated></itemMeta>        | INVALID_FIELD | itemMeta/versionCreated
            <itemMeta><firstCreated>2026-13-01T00:00:00Z</firstCreated></itemMeta>  | INVALID_FIELD | itemMeta/firstCreated
            <contentMeta><urgency>12</urgency></contentMeta>                        | INVALID_FIELD | contentMeta/urgency
            <contentMeta><urgency>high</urgency></contentMeta>                      | INVALID_FIELD | contentMeta/urgency
            <contentMeta><language tag='English please'/></contentMeta>             | INVALID_FIELD | contentMeta/language
            """)
    void rejectsMetadataNamingTheFieldAtFault(String meta, RejectCode code, String field) {
        assertRejected(item(meta + "<contentSet><inlineXML><p>Text.</p></inlineXML></contentSet>"), code, field);
    }

    @Test
    void rejectsNonNumericVersionAttribute() {
        byte[] xml = ("<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:example:ferry' version='2b'>"
                        + "<contentMeta><headline>Ferry</headline></contentMeta></newsItem>")
                .getBytes(StandardCharsets.UTF_8);
        assertRejected(xml, RejectCode.INVALID_FIELD, "newsItem@version");
    }

    @Test
    void requiresHeadlineAndBodyForAUsableStory() {
        assertRejected(
                item("<contentSet><inlineXML><p>Text.</p></inlineXML></contentSet>"),
                RejectCode.MISSING_FIELD,
                "contentMeta/headline");
        assertRejected(
                item("<contentMeta><headline>Ferry</headline></contentMeta>"),
                RejectCode.MISSING_FIELD,
                "contentSet/inlineXML");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <newsItem guid='x'><contentMeta><headline>Ferry</headline></contentMeta></newsItem>
            <newsMessage xmlns='http://iptc.org/std/nar/2006-10-01/'><itemSet/></newsMessage>
            <html><body><p>Ferry</p></body></html>
            """)
    void rejectsXmlThatIsNotOneNewsItem(String xml) {
        StoryRejectedException rejected =
                assertRejected(xml.getBytes(StandardCharsets.UTF_8), RejectCode.MALFORMED, null);
        assertThat(rejected.getMessage()).contains("newsItem", "http://iptc.org/std/nar/2006-10-01/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            <newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'>
            <newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'></newsitem>
            <newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'>&nbsp;</newsItem>
            ~<a/><b/>~
            """)
    void rejectsXmlThatIsNotWellFormedSayingWhere(String xml) {
        StoryRejectedException rejected =
                assertRejected(xml.getBytes(StandardCharsets.UTF_8), RejectCode.MALFORMED, null);
        assertThat(rejected.getMessage()).startsWith("The XML is not well-formed at line 1, column ");
    }

    private ParsedStory read(byte[] xml) {
        return parser.read(xml, "application/vnd.iptc.g2.newsitem+xml");
    }

    private static byte[] item(String content) {
        return ("<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:example:ferry'>" + content
                        + "</newsItem>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private StoryRejectedException assertRejected(byte[] xml, RejectCode code, String field) {
        StoryRejectedException rejected = catchThrowableOfType(StoryRejectedException.class, () -> read(xml));
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.field()).isEqualTo(field);
        assertThat(rejected.getMessage()).isNotBlank();
        return rejected;
    }
}
