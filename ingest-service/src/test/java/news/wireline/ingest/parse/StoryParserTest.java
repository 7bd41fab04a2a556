package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import news.wireline.events.RejectCode;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoryParserTest {

    private static final String SHORT_STORY = """
            World
            Ferry service to the Frisian islands resumes after storm
            Ferries to Texel and Vlieland sailed again on Friday morning.
            """;

    private final StoryParser parser = new StoryParser(1_000);

    @Test
    void rejectsEmptyBody() {
        assertRejected(new byte[0], "text/plain", RejectCode.EMPTY, null);
        assertRejected(null, "text/plain", RejectCode.EMPTY, null);
    }

    @Test
    void rejectsBodyOfOnlyWhitespace() {
        assertRejected(" \r\n\t \u00a0\n\u2003".getBytes(StandardCharsets.UTF_8), "text/plain", RejectCode.EMPTY, null);
    }

    @Test
    void rejectsBodyOverTheLimitBeforeDecodingIt() {
        // Given a body one byte over the limit, and not even UTF-8
        byte[] body = new byte[1_001];
        body[0] = (byte) 0xFF;
        // When
        StoryRejectedException rejected = assertRejected(body, "text/plain", RejectCode.TOO_LARGE, null);
        // Then
        assertThat(rejected.getMessage()).contains("1001 bytes", "limit is 1000 bytes");
    }

    @Test
    void acceptsBodyExactlyAtTheLimit() {
        // Given
        String padded = SHORT_STORY + " ".repeat(1_000 - SHORT_STORY.length());
        // When
        Story story = parser.read(padded.getBytes(StandardCharsets.UTF_8), "text/plain")
                .story();
        // Then
        assertThat(story.headline()).isEqualTo("Ferry service to the Frisian islands resumes after storm");
    }

    @Test
    void rejectsInvalidUtf8NamingTheByteOffset() {
        // Given "Caf\u00e9" sent as Latin-1, where é is the single byte 0xE9
        byte[] latin1 = ("World\nCaf\u00e9 owners protest rent rises\nBody.").getBytes(StandardCharsets.ISO_8859_1);
        // When
        StoryRejectedException rejected = assertRejected(latin1, "text/plain", RejectCode.NOT_UTF8, null);
        // Then
        assertThat(rejected.getMessage()).contains("byte offset 9", "0xE9");
    }

    @Test
    void rejectsEncodedSurrogatesAsInvalidUtf8() {
        byte[] cesu = {'H', 'i', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertRejected(cesu, "text/plain", RejectCode.NOT_UTF8, null);
    }

    @Test
    void ignoresLeadingByteOrderMark() {
        // Given
        byte[] withBom = ("\uFEFF" + SHORT_STORY).getBytes(StandardCharsets.UTF_8);
        // When
        Story story = parser.read(withBom, "text/plain").story();
        // Then
        assertThat(story.section()).isEqualTo("World");
    }

    @Test
    void removesControlCharactersButKeepsTheText() {
        // Given
        String dirty =
                "World\r\nFerry service\u0000 to the Frisian islands resumes\u0007 after storm\rFerries sailed\u001b again.\r\n";
        // When
        Story story = parser.read(dirty.getBytes(StandardCharsets.UTF_8), "text/plain")
                .story();
        // Then
        assertThat(story.headline()).isEqualTo("Ferry service to the Frisian islands resumes after storm");
        assertThat(story.body()).containsExactly("Ferries sailed again.");
    }

    @Test
    void rejectsPageWithoutHeadline() {
        // Given copy that is all sentences, with nothing headline-like on top
        String copy = "Ferries to Texel sailed again on Friday.\n\nThe operator said all routes were open.\n";
        // When / Then
        StoryRejectedException rejected = assertRejected(
                copy.getBytes(StandardCharsets.UTF_8), "text/plain", RejectCode.MISSING_FIELD, "headline");
        assertThat(rejected.getMessage()).contains("headline");
    }

    @Test
    void rejectsPageWithHeadlineButNoBody() {
        byte[] page =
                "News Feed\n\nFerry service resumes\n\n3 min read\nFerry service resumes\nAvatar\nThe Wireline desk\n"
                        .getBytes(StandardCharsets.UTF_8);
        assertRejected(page, "text/plain", RejectCode.MISSING_FIELD, "body");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"text/html; charset=utf-8", "application/pdf", "text/xmlish", "multipart/form-data", "nonsense"})
    void rejectsContentTypesItCannotRead(String contentType) {
        StoryRejectedException rejected = assertRejected(
                SHORT_STORY.getBytes(StandardCharsets.UTF_8),
                contentType,
                RejectCode.UNSUPPORTED_CONTENT_TYPE,
                "contentType");
        assertThat(rejected.getMessage()).contains(contentType, "text/plain", "application/json", "application/xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/xml; charset=utf-8", "application/vnd.iptc.g2.newsitem+xml"})
    void readsNewsMlContentTypes(String contentType) {
        ParsedStory parsed = parser.read(newsItem(), contentType);
        assertThat(parsed.story().headline()).isEqualTo("Ferry service resumes");
        assertThat(parsed.story().body()).containsExactly("Ferries sailed again.");
        assertThat(parsed.externalId()).isEqualTo("urn:example:ferry");
    }

    @Test
    void trustsTheDeclaredContentTypeOverWhatTheBodyLooksLike() {
        // Given JSON declared as page text: read as a page, its one line is a headline with no body under it
        assertRejected(json(), "text/plain", RejectCode.MISSING_FIELD, "body");
        // Given page text declared as NewsML-G2
        assertRejected(SHORT_STORY.getBytes(StandardCharsets.UTF_8), "application/xml", RejectCode.MALFORMED, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "Text/Plain; charset=UTF-8", "text/plain;charset=iso-8859-1"})
    void readsPlainTextWhateverTheCaseAndCharsetParameter(String contentType) {
        Story story = parser.read(SHORT_STORY.getBytes(StandardCharsets.UTF_8), contentType)
                .story();
        assertThat(story.headline()).isEqualTo("Ferry service to the Frisian islands resumes after storm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "APPLICATION/JSON; charset=utf-8", "application/ninjs+json"})
    void readsJsonContentTypes(String contentType) {
        Story story = parser.read(json(), contentType).story();
        assertThat(story.headline()).isEqualTo("Ferry service resumes");
        assertThat(story.body()).containsExactly("Ferries sailed again.");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "*/*", "application/octet-stream"})
    void sniffsUndeclaredContentFromItsFirstCharacter(String contentType) {
        assertThat(parser.read(
                                ("  \n" + new String(json(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8),
                                contentType)
                        .story()
                        .headline())
                .isEqualTo("Ferry service resumes");
        assertThat(parser.read(newsItem(), contentType).externalId()).isEqualTo("urn:example:ferry");
        assertThat(parser.read(SHORT_STORY.getBytes(StandardCharsets.UTF_8), contentType)
                        .story()
                        .section())
                .isEqualTo("World");
    }

    @Test
    void readsPageTextAsUsableStoryWithoutDeskMetadata() {
        // When
        ParsedStory parsed = parser.read(SHORT_STORY.getBytes(StandardCharsets.UTF_8), "text/plain");
        // Then
        assertThat(parsed.externalId()).isNull();
        assertThat(parsed.version()).isNull();
        assertThat(parsed.release()).isEqualTo(Release.usable());
        assertThat(parsed.story())
                .isEqualTo(parser.read(SHORT_STORY.getBytes(StandardCharsets.UTF_8), "text/plain")
                        .story());
    }

    @Test
    void rejectsMalformedJson() {
        byte[] broken = "{\"headline\": \"Ferry service resumes\", \"body\": [".getBytes(StandardCharsets.UTF_8);
        StoryRejectedException rejected = assertRejected(broken, "application/json", RejectCode.MALFORMED, null);
        assertThat(rejected.getMessage()).contains("line 1");
    }

    @Test
    void rejectsJsonFieldOfWrongType() {
        byte[] wrong = "{\"headline\": 42, \"body\": [\"Text.\"]}".getBytes(StandardCharsets.UTF_8);
        StoryRejectedException rejected =
                assertRejected(wrong, "application/json", RejectCode.INVALID_FIELD, "headline");
        assertThat(rejected.getMessage()).isEqualTo("Field 'headline' must be a string, but is the number 42.");
    }

    @Test
    void refusesNonPositiveLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StoryParser(0));
    }

    private static byte[] newsItem() {
        return ("""
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:ferry">
                  <contentMeta><headline>Ferry service resumes</headline></contentMeta>
                  <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Ferries sailed again.</p></body></html></inlineXML></contentSet>
                </newsItem>
                """).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json() {
        return "{\"headline\": \"Ferry service resumes\", \"body\": [\"Ferries sailed again.\"]}"
                .getBytes(StandardCharsets.UTF_8);
    }

    private StoryRejectedException assertRejected(byte[] body, String contentType, RejectCode code, String field) {
        StoryRejectedException rejected = catchThrowableOfType(
                StoryRejectedException.class,
                () -> parser.read(body, contentType).story());
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.field()).isEqualTo(field);
        assertThat(rejected.getMessage()).isNotBlank();
        return rejected;
    }
}
