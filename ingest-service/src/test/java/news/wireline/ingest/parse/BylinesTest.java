package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.wireline.events.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @Test
    void splitsByLineOnCommasAndAnd() {
        assertThat(Bylines.fromByLine("By Anna van der Berg, Jean-Luc Martin, and Siobhán O’Neill"))
                .contains(new Story.Byline(List.of("Anna van der Berg", "Jean-Luc Martin", "Siobhán O’Neill"), null));
        assertThat(Bylines.fromByLine("by Jane Doe & John Roe"))
                .contains(new Story.Byline(List.of("Jane Doe", "John Roe"), null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "By Tuesday night the port was quiet",
                "By The Numbers: Rotterdam In 2025",
                "By Jane Doe and John Roe.",
                "Bystanders Filmed The Flood",
                "Jane Doe and John Roe"
            })
    void leavesOtherLinesStartingLikeAByLineAlone(String line) {
        assertThat(Bylines.fromByLine(line)).isEmpty();
    }

    @Test
    void readsDeskFromCreditLine() {
        assertThat(Bylines.fromCreditLine("The Wireline news desk"))
                .contains(new Story.Byline(List.of(), "The Wireline news desk"));
    }

    @Test
    void keepsCreditLineWholeWhenItDoesNotSplitIntoNames() {
        assertThat(Bylines.fromCreditLine("Wireline staff"))
                .contains(new Story.Byline(List.of("Wireline staff"), null));
        assertThat(Bylines.fromCreditLine("李华")).contains(new Story.Byline(List.of("李华"), null));
    }

    @Test
    void takesAuthorsFromTopAndDeskFromCredit() {
        Story.Byline top = new Story.Byline(List.of("Jane Doe"), null);
        Story.Byline credit = new Story.Byline(List.of(), "Wireline Europe desk");
        assertThat(Bylines.merge(top, credit)).isEqualTo(new Story.Byline(List.of("Jane Doe"), "Wireline Europe desk"));
        assertThat(Bylines.merge(null, credit)).isEqualTo(credit);
        assertThat(Bylines.merge(null, null)).isNull();
    }
}
