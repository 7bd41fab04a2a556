package news.wireline.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class WordSplitsTest {

    private final TokenizerME tokenizer = tokenizer();
    private final WordSplits splits = new WordSplits(tokenizer());

    @Test
    void splitsASentenceAsOpenNlpsTokenizerDoesWhenItsWordsAreNew() {
        String sentence = "Kyiv's mayor said \"we can't wait\" for U.S.-made drones (AP).";

        assertThat(splits.tokenizePos(sentence)).containsExactly(tokenizer.tokenizePos(sentence));
    }

    @Test
    void splitsRememberedWordsAtTheirNewOffsets() {
        splits.tokenizePos("The mayor bought $5bn of U.S.-made drones.");
        String sentence = "Yesterday  the\tmayor bought $5bn of U.S.-made drones.";

        Span[] tokens = splits.tokenizePos(sentence);

        assertThat(tokens).containsExactly(tokenizer.tokenizePos(sentence));
        assertThat(Span.spansToStrings(tokens, sentence))
                .containsExactly(
                        "Yesterday",
                        "the",
                        "mayor",
                        "bought",
                        "$",
                        "5",
                        "bn",
                        "of",
                        "U.S.",
                        "-",
                        "made",
                        "drones",
                        ".");
    }

    private static TokenizerME tokenizer() {
        try (InputStream model = WordSplitsTest.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            return new TokenizerME(new TokenizerModel(model));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
