package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import news.wireline.events.RejectCode;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonStoryParserTest {

    private final StoryParser parser = new StoryParser(2_000_000);

    @Test
    void readsNinjsWithHeadlinesArrayAndHtmlBody() {
        // When
        Story story = parse(Fixtures.bytes("ninjs-rail-strike.json"));
        // Then
        assertThat(story.headline()).isEqualTo("Rail strike halts trains between Lyon and Marseille");
        assertThat(story.section()).isEqualTo("Transport");
        assertThat(story.body())
                .containsExactly(
                        "High-speed trains between Lyon and Marseille were cancelled on Wednesday as signal workers began a 24-hour strike over pay.",
                        "The operator said about 60 services were affected & advised passengers to postpone travel.",
                        "Union representative Nadia Benali said talks would resume \"only with a real offer on the table\".");
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of("Claire Moreau", "Hugo Lefèvre"), null));
        assertThat(story.language()).isEqualTo("fr");
        assertThat(story.readTimeMinutes()).isNull();
        assertThat(story.images()).isEmpty();
        assertThat(story.teasers()).isEmpty();
    }

    @Test
    void readsNinjsBodyTextSplitOnBlankLines() {
        // When
        Story story = parse(Fixtures.bytes("ninjs-body-text.json"));
        // Then
        assertThat(story.headline()).isEqualTo("Berlin opens cooling centres as April heat record falls");
        assertThat(story.section()).isEqualTo("GERMANY-WEATHER");
        assertThat(story.body()).hasSize(3);
        assertThat(story.body().get(0)).startsWith("Berlin opened six public cooling centres on Saturday");
        assertThat(story.body().get(2))
                .isEqualTo(
                        "Hospitals in Brandenburg reported a rise in heat-related admissions among elderly patients.");
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of("Jonas Keller"), null));
        assertThat(story.language()).isEqualTo("de");
    }

    @Test
    void readsWirelineShapeFieldForField() {
        // When
        Story story = parse(Fixtures.bytes("wireline-story.json"));
        // Then
        assertThat(story)
                .isEqualTo(new Story(
                        "Warsaw orders second batch of air-defence radars",
                        "Defence",
                        3,
                        List.of(new Story.Image(
                                "A radar unit on display at a trade fair in Kielce, Poland", "Marek Nowicki / PAP")),
                        List.of(
                                "Poland has signed a contract for a second batch of long-range air-defence radars, the defence ministry in Warsaw said on Monday.",
                                "The radars will be deployed along the country's eastern border and linked to NATO's integrated air and missile defence system.",
                                "Deputy Defence Minister Paweł Zieliński said deliveries would begin next year."),
                        List.of(new Story.Teaser(
                                "Baltic states agree joint ammunition purchase",
                                "Estonia, Latvia and Lithuania will pool orders for artillery shells…")),
                        new Story.Byline(List.of("Agnieszka Wróbel"), "Wireline Central Europe desk"),
                        "en"));
    }

    @Test
    void dropsScriptAndStyleContentFromHtmlBody() {
        // Given
        String json = """
                {"headline": "Ferry service resumes",
                 "body_html": "<style>p{color:red}</style><P>Ferries&nbsp;sailed <i>again</i>.</P><SCRIPT>alert('x')</SCRIPT><div>Routes &#8212; all open &#x2713;</div>"}
                """;
        // When
        Story story = parse(json.getBytes(StandardCharsets.UTF_8));
        // Then
        assertThat(story.body()).containsExactly("Ferries sailed again.", "Routes — all open ✓");
    }

    @Test
    void removesControlCharactersSmuggledInAsEscapes() {
        Story story = parse("{\"headline\": \"Ferry\\u0000 service\\u001b resumes\", \"body\": [\"Text.\"]}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(story.headline()).isEqualTo("Ferry service resumes");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {"headline": 42, "body": ["Text."]}                                          | INVALID_FIELD | headline
            {"headline": ["Ferry"], "body": ["Text."]}                                   | INVALID_FIELD | headline
            {"headlines": [7], "body": ["Text."]}                                        | INVALID_FIELD | headlines[0]
            {"headlines": [{"value": false}], "body": ["Text."]}                         | INVALID_FIELD | headlines[0].value
            {"headline": "Ferry", "body": 7}                                             | INVALID_FIELD | body
            {"headline": "Ferry", "body": ["Text.", 2]}                                  | INVALID_FIELD | body[1]
            {"headline": "Ferry", "body_text": {"p": "Text."}}                           | INVALID_FIELD | body_text
            {"headline": "Ferry", "body": ["Text."], "section": 3}                       | INVALID_FIELD | section
            {"headline": "Ferry", "body": ["Text."], "readTimeMinutes": "3"}             | INVALID_FIELD | readTimeMinutes
            {"headline": "Ferry", "body": ["Text."], "readTimeMinutes": -1}              | INVALID_FIELD | readTimeMinutes
            {"headline": "Ferry", "body": ["Text."], "readTimeMinutes": 2.5}             | INVALID_FIELD | readTimeMinutes
            {"headline": "Ferry", "body": ["Text."], "images": {"caption": "x"}}         | INVALID_FIELD | images
            {"headline": "Ferry", "body": ["Text."], "images": [{"credit": 5}]}          | INVALID_FIELD | images[0].credit
            {"headline": "Ferry", "body": ["Text."], "teasers": ["x"]}                   | INVALID_FIELD | teasers[0]
            {"headline": "Ferry", "body": ["Text."], "teasers": [{"summary": "x"}]}      | MISSING_FIELD | teasers[0].headline
            {"headline": "Ferry", "body": ["Text."], "byline": 5}                        | INVALID_FIELD | byline
            {"headline": "Ferry", "body": ["Text."], "byline": {"authors": "A B"}}       | INVALID_FIELD | byline.authors
            {"headline": "Ferry", "body": ["Text."], "byline": {"authors": [1]}}         | INVALID_FIELD | byline.authors[0]
            {"headline": "Ferry", "body": ["Text."], "language": "English, please"}      | INVALID_FIELD | language
            {"body": ["Text."]}                                                          | MISSING_FIELD | headline
            {"headline": "   ", "body": ["Text."]}                                       | MISSING_FIELD | headline
            {"headline": null, "body": ["Text."]}                                        | MISSING_FIELD | headline
            {"headline": "Ferry"}                                                        | MISSING_FIELD | body
            {"headline": "Ferry", "body": []}                                            | MISSING_FIELD | body
            {"headline": "Ferry", "body": ["  ", ""]}                                    | MISSING_FIELD | body
            {"headline": "Ferry", "body_html": "<script>only()</script>"}                | MISSING_FIELD | body
            """)
    void rejectsStoryNamingTheFieldAtFault(String json, RejectCode code, String field) {
        assertRejected(json.getBytes(StandardCharsets.UTF_8), code, field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {"headline": "Ferry", "body": [
            ["Ferry"]
            "just a string"
            {"headline": "Ferry", "headline": "Bus", "body": ["Text."]}
            {"headline": "Ferry", "body": ["Text."]} {"headline": "Bus"}
            {headline: 'Ferry'}
            """)
    void rejectsJsonThatIsNotOneWellFormedObject(String json) {
        assertRejected(json.getBytes(StandardCharsets.UTF_8), RejectCode.MALFORMED, null);
    }

    @Test
    void rejectsDeeplyNestedJsonWithoutExhaustingTheStack() {
        // Given
        String nested = "{\"headline\": \"Ferry\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        // When
        StoryRejectedException rejected =
                assertRejected(nested.getBytes(StandardCharsets.UTF_8), RejectCode.MALFORMED, null);
        // Then
        assertThat(rejected.getMessage()).contains("nested");
    }

    @Test
    void readsPathologicalHtmlInLinearTime() {
        // Given a megabyte of unterminated entities and tags
        String html = "&amp".repeat(100_000) + "<p".repeat(100_000) + "&".repeat(100_000);
        String json = "{\"headline\": \"Ferry\", \"body_html\": \"<p>Text.</p>" + html + "\"}";
        // When / Then: read at once, the unterminated run is one 400,000-character paragraph, over the limit
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertRejected(json.getBytes(StandardCharsets.UTF_8), RejectCode.TOO_LARGE, "body_html"));
    }

    @Test
    void dropsCharactersXmlCannotCarryFromJsonEscapes() {
        // Given: a noncharacter, a lone high and a lone low surrogate, and a real pair, all as JSON escapes
        byte[] json = "{\"headline\": \"Ferry\\ufffe \\ud800times\\udfff \\ud83d\\udea2\", \"body\": [\"Boats run.\"]}"
                .getBytes(StandardCharsets.UTF_8);
        // When
        Story story = parse(json);
        // Then
        assertThat(story.headline()).isEqualTo("Ferry times \ud83d\udea2");
    }

    @Test
    void refusesAWrongTypedBodyFieldEvenWhenAnotherBodyIsUsed() {
        // Given: body_text is fine, body_html is a number
        byte[] json = "{\"headline\": \"Ferry times\", \"body_text\": \"Boats run.\", \"body_html\": 42}"
                .getBytes(StandardCharsets.UTF_8);
        // Then
        assertRejected(json, RejectCode.INVALID_FIELD, "body_html");
    }

    private Story parse(byte[] json) {
        return parser.read(json, "application/json").story();
    }

    private StoryRejectedException assertRejected(byte[] json, RejectCode code, String field) {
        StoryRejectedException rejected = catchThrowableOfType(StoryRejectedException.class, () -> parse(json));
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.field()).isEqualTo(field);
        assertThat(rejected.getMessage()).isNotBlank();
        return rejected;
    }
}
