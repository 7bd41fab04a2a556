package news.wireline.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {

    private final Lexicon lexicon = Lexicon.bundled();
    private final Tokenizer tokenizer = new Tokenizer(lexicon);
    private final CandidateFinder finder = new CandidateFinder(lexicon);

    @Test
    void joinsConnectorsOnlyBetweenCapitals() {
        assertThat(runs("The Cabinet of Ministers met the head of the agency in Bosnia and Herzegovina."))
                .containsExactly("The Cabinet of Ministers", "Bosnia and Herzegovina");
    }

    @Test
    void letsALowerCaseRegionWordCloseARun() {
        assertThat(runs("Drones hit the Kursk region and Sumy overnight."))
                .containsExactly("Drones", "Kursk region", "Sumy");
    }

    @Test
    void keepsPossessivesInsideARunForTheClassifierToSplit() {
        assertThat(runs("in Russia's Kursk Oblast, said the President's Office"))
                .containsExactly("Russia's Kursk Oblast", "President's Office");
    }

    @Test
    void takesAnAcronymInParenthesesAsADefinitionNotARun() {
        List<Candidate> candidates = find("released by the Security Service of Ukraine (SBU) on Dec. 18");

        assertThat(candidates)
                .extracting(candidate -> Token.render(candidate.tokens()), Candidate::acronym)
                .containsExactly(tuple("Security Service of Ukraine", "SBU"), tuple("Dec", null));
    }

    @Test
    void breaksRunsAtPunctuationAndNumbers() {
        assertThat(runs("Kyiv, Lviv 2024 Odesa")).containsExactly("Kyiv", "Lviv", "Odesa");
    }

    private List<String> runs(String text) {
        return find(text).stream()
                .map(candidate -> Token.render(candidate.tokens()))
                .toList();
    }

    private List<Candidate> find(String text) {
        return finder.find(Paragraph.body(0, text, tokenizer.tokenize(text)), true);
    }
}
