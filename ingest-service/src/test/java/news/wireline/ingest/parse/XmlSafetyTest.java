package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Test;

/**
 * Hostile XML is refused as MALFORMED before it can read a file, call out or expand; the time
 * bound guards against a hang, it is not a benchmark.
 */
class XmlSafetyTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    private static final String ITEM = "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:example:ferry'>"
            + "<contentMeta><headline>%s</headline></contentMeta>"
            + "<contentSet><inlineXML><p>Text.</p></inlineXML></contentSet></newsItem>";

    private final StoryParser parser = new StoryParser(2_000_000);

    @Test
    void refusesExternalEntityReadingALocalFile() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE newsItem [<!ENTITY secret SYSTEM 'file:///etc/passwd'>]>"
                + ITEM.formatted("&secret;");
        assertRefusedForItsDoctype(xxe);
    }

    @Test
    void refusesExternalDtdWithoutFetchingIt() {
        String external = "<!DOCTYPE newsItem SYSTEM 'http://127.0.0.1:9/never.dtd'>" + ITEM.formatted("Ferry");
        assertRefusedForItsDoctype(external);
    }

    @Test
    void refusesParameterEntityCallingOut() {
        String parameter = "<!DOCTYPE newsItem [<!ENTITY % remote SYSTEM 'http://127.0.0.1:9/x'> %remote;]>"
                + ITEM.formatted("Ferry");
        assertRefusedForItsDoctype(parameter);
    }

    @Test
    void refusesBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE newsItem [<!ENTITY lol0 'lol'>");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY lol%d '%s'>".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
        }
        String laughs = dtd.append("]>").append(ITEM.formatted("&lol12;")).toString();
        assertRefusedForItsDoctype(laughs);
    }

    @Test
    void refusesQuadraticBlowupOfOneLargeEntity() {
        String blowup =
                "<!DOCTYPE newsItem [<!ENTITY a '" + "x".repeat(50_000) + "'>]>" + ITEM.formatted("&a;".repeat(20_000));
        assertRefusedForItsDoctype(blowup);
    }

    @Test
    void refusesUndeclaredEntityWithoutDoctype() {
        StoryRejectedException rejected = assertRejectedPromptly(ITEM.formatted("&secret;"));
        assertThat(rejected.getMessage())
                .startsWith("The XML is not well-formed at line 1")
                .contains("secret");
    }

    @Test
    void refusesDeeplyNestedElementsWithoutExhaustingTheStack() {
        String nested =
                ITEM.formatted("Ferry").replace("<p>Text.</p>", "<div>".repeat(100_000) + "</div>".repeat(100_000));
        StoryRejectedException rejected = assertRejectedPromptly(nested);
        assertThat(rejected.getMessage())
                .startsWith("The XML is not well-formed at line 1")
                .contains("depth");
    }

    private void assertRefusedForItsDoctype(String xml) {
        StoryRejectedException rejected = assertRejectedPromptly(xml);
        assertThat(rejected.getMessage()).contains("DOCTYPE", "Send the newsItem without a DOCTYPE");
    }

    private StoryRejectedException assertRejectedPromptly(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        StoryRejectedException rejected = assertTimeoutPreemptively(
                PROMPTLY,
                () -> catchThrowableOfType(StoryRejectedException.class, () -> parser.read(body, "application/xml")));
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.code()).isEqualTo(RejectCode.MALFORMED);
        assertThat(rejected.field()).isNull();
        return rejected;
    }
}
