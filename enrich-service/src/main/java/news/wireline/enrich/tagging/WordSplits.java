package news.wireline.enrich.tagging;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokens of a sentence, as its {@link TokenizerME} gives them. That tokenizer cuts the
 * sentence at whitespace and then decides each word's inner splits ("drones." and "$5bn" are two
 * and three tokens) from the word alone, one model evaluation per character, so a word's splits
 * are worked out once and remembered: copy repeats its words far more often than it brings new
 * ones. Not thread-safe.
 */
final class WordSplits {

    // The everyday vocabulary of news copy, a few megabytes a thread; the words least recently seen are forgotten
    // first.
    private static final int REMEMBERED_WORDS = 20_000;

    private final TokenizerME tokenizer;
    private final Map<String, Span[]> splitsByWord = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Span[]> eldest) {
            return size() > REMEMBERED_WORDS;
        }
    };

    WordSplits(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The sentence's tokens, offsets into the sentence. */
    Span[] tokenizePos(String sentence) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        int count = 0;
        Span[][] splits = new Span[words.length][];
        for (int i = 0; i < words.length; i++) {
            splits[i] = splitsByWord.computeIfAbsent(
                    words[i].getCoveredText(sentence).toString(), tokenizer::tokenizePos);
            count += splits[i].length;
        }
        Span[] tokens = new Span[count];
        int next = 0;
        for (int i = 0; i < words.length; i++) {
            for (Span part : splits[i]) {
                tokens[next++] = new Span(words[i].getStart() + part.getStart(), words[i].getStart() + part.getEnd());
            }
        }
        return tokens;
    }
}
