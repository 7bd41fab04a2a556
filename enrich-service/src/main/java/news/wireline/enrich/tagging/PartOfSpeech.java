package news.wireline.enrich.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * Universal Dependencies part-of-speech tags from Apache OpenNLP's English models (trained on UD
 * English EWT, shipped as Maven artifacts). OpenNLP splits sentences and tokens its own way, as
 * its tagger was trained on; its tags are carried over to our tokens by character offset.
 * The models are read once and shared; the taggers that use them are not thread-safe, so each
 * thread gets its own.
 * <p>
 * Tagging is greedy ({@link GreedyTagger}), which is what OpenNLP's beam search (3 wide, in the
 * model's manifest) gives with this model anyway: the model's feature generator caches a word's
 * features by its position alone, tags of the words before it included, so every hypothesis in
 * the beam is scored on the features of the best one and the search always ends on the greedy
 * path. Greedy gives the same tags for a third of the model evaluations.
 */
final class PartOfSpeech {

    // File names inside the opennlp-models-*-en 1.3.0 jars; they change with the model version.
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String TAGS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<WordSplits> words;
    private final ThreadLocal<GreedyTagger> taggers;

    private PartOfSpeech(SentenceModel sentenceModel, TokenizerModel tokenModel, POSModel posModel) {
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        words = ThreadLocal.withInitial(() -> new WordSplits(new TokenizerME(tokenModel)));
        taggers = ThreadLocal.withInitial(() -> new GreedyTagger(posModel));
    }

    static PartOfSpeech bundled() {
        try (InputStream sentenceModel = model(SENTENCES);
                InputStream tokenModel = model(TOKENS);
                InputStream posModel = model(TAGS)) {
            return new PartOfSpeech(
                    new SentenceModel(sentenceModel), new TokenizerModel(tokenModel), new POSModel(posModel));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP English models", e);
        }
    }

    /** The paragraph's tokens with their part of speech; a token OpenNLP split differently takes the tag of the one covering its start. */
    List<Token> tag(String text, List<Token> tokens) {
        if (text == null || tokens.isEmpty()) {
            return tokens;
        }
        List<Token> tagged = new ArrayList<>(tokens.size());
        String covering = null;
        for (Span sentence : sentences.get().sentPosDetect(text)) {
            String sentenceText = sentence.getCoveredText(text).toString();
            Span[] openNlpTokens = words.get().tokenizePos(sentenceText);
            String[] tags = taggers.get().tag(Span.spansToStrings(openNlpTokens, sentenceText));
            for (int i = 0; i < openNlpTokens.length; i++) {
                carryUpTo(sentence.getStart() + openNlpTokens[i].getStart(), covering, tokens, tagged);
                covering = tags[i];
            }
        }
        carryUpTo(Integer.MAX_VALUE, covering, tokens, tagged);
        return tagged;
    }

    /** Tags our tokens that start before {@code offset}: both token lists run in text order. */
    private static void carryUpTo(int offset, @Nullable String covering, List<Token> tokens, List<Token> tagged) {
        while (tagged.size() < tokens.size() && tokens.get(tagged.size()).start() < offset) {
            Token token = tokens.get(tagged.size());
            tagged.add(covering == null ? token : token.withPos(covering));
        }
    }

    private static InputStream model(String path) {
        InputStream in = PartOfSpeech.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(
                    "OpenNLP model " + path + " is not on the classpath: check the opennlp-models-*-en dependencies");
        }
        return in;
    }
}
