package news.wireline.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import news.wireline.enrich.tagging.Token.Kind;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(Lexicon.bundled());

    @Test
    void stripsPossessivesWrittenWithEitherApostrophe() {
        List<Token> tokens = tokenizer.tokenize("Russia’s army and Ukraine's drones");

        assertThat(tokens)
                .extracting(Token::text, Token::possessive)
                .containsExactly(
                        tuple("Russia", true),
                        tuple("army", false),
                        tuple("and", false),
                        tuple("Ukraine", true),
                        tuple("drones", false));
    }

    @Test
    void keepsInitialsAndAbbreviationsWholeWithoutEndingTheSentence() {
        List<Token> tokens = tokenizer.tokenize("A senior U.S. official met Mr. Smith in St. Petersburg on Dec. 18.");

        assertThat(tokens)
                .extracting(Token::text)
                .containsExactly(
                        "A",
                        "senior",
                        "U.S.",
                        "official",
                        "met",
                        "Mr",
                        "Smith",
                        "in",
                        "St",
                        "Petersburg",
                        "on",
                        "Dec",
                        "18",
                        ".");
        assertThat(tokens)
                .filteredOn(Token::sentenceStart)
                .extracting(Token::text)
                .containsExactly("A");
    }

    @Test
    void marksTheFirstWordOfEverySentenceIncludingQuotedOnes() {
        List<Token> tokens = tokenizer.tokenize("\"Yesterday there was a train. Today there are two,\" she says. How?");

        assertThat(tokens)
                .filteredOn(Token::sentenceStart)
                .extracting(Token::text)
                .containsExactly("Yesterday", "Today", "How");
    }

    @Test
    void keepsCapitalisedHyphenatedNamesWholeButCutsALowerCaseTail() {
        List<Token> tokens =
                tokenizer.tokenize("Commander-in-Chief Syrskyi said Kremlin-backed units left Rostov-on-Don");

        assertThat(tokens)
                .extracting(Token::text)
                .containsExactly(
                        "Commander-in-Chief", "Syrskyi", "said", "Kremlin", "-", "units", "left", "Rostov-on-Don");
    }

    @Test
    void treatsNoBreakSpacesAsSpaces() {
        List<Token> tokens = tokenizer.tokenize("Kursk\u00a0Oblast");

        assertThat(tokens)
                .extracting(Token::text, Token::kind)
                .containsExactly(tuple("Kursk", Kind.WORD), tuple("Oblast", Kind.WORD));
    }

    @Test
    void returnsNoTokensForNoText() {
        assertThat(tokenizer.tokenize(null)).isEmpty();
        assertThat(tokenizer.tokenize("  ")).isEmpty();
    }
}
