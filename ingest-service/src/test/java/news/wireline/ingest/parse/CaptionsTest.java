package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import news.wireline.events.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionsTest {

    @Test
    void splitsCreditFromCaption() {
        assertThat(Captions.inBody("Cranes stand idle in Rotterdam on March 3 (Jan de Vries / ANP)"))
                .contains(new Story.Image("Cranes stand idle in Rotterdam on March 3", "Jan de Vries / ANP"));
    }

    @Test
    void keepsNestedParenthesesInsideTheCredit() {
        assertThat(Captions.inBody("Flood barrier at Kampen (Netherlands) on Friday (Photo: Rijkswaterstaat (RWS))"))
                .contains(new Story.Image(
                        "Flood barrier at Kampen (Netherlands) on Friday", "Photo: Rijkswaterstaat (RWS)"));
    }

    @Test
    void acceptsBareAgencyCreditOnlyInLeadImagePosition() {
        String line = "The company said it would appeal, according to the Associated Press (AP)";
        assertThat(Captions.afterHeadline(line))
                .contains(new Story.Image("The company said it would appeal, according to the Associated Press", "AP"));
        assertThat(Captions.inBody(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The port reopened on Friday (local time).",
                "The port reopened on Friday (local time)",
                "(Jan de Vries / ANP)",
                "Prices rose (see chart",
                "The union said a deal was close ("
                        + "an aside on wages and/or hours that runs on far longer than any photo credit ever would"
                        + ")"
            })
    void ignoresLinesWithoutACredit(String line) {
        assertThat(Captions.afterHeadline(line)).isEmpty();
        assertThat(Captions.inBody(line)).isEmpty();
    }
}
