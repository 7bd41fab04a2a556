package news.wireline.enrich.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Universal Dependencies part-of-speech tags from Apache OpenNLP's English models (trained on UD
 * English EWT, shipped as Maven artifacts). OpenNLP splits sentences and tokens its own way, as
 * its tagger was trained on; its tags are carried over to our tokens by character offset.
 * The models are read once and shared; the taggers that use them are not thread-safe, so each
 * thread gets its own.
 */
final class PartOfSpeech {

    // File names inside the opennlp-models-*-en 1.3.0 jars; they change with the model version.
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String TAGS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;
    private final ThreadLocal<POSTaggerME> taggers;

    private PartOfSpeech(SentenceModel sentenceModel, TokenizerModel tokenModel, POSModel posModel) {
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
        taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    }

    static PartOfSpeech bundled() {
        try (InputStream sentenceModel = model(SENTENCES); InputStream tokenModel = model(TOKENS); InputStream posModel = model(TAGS)) {
            return new PartOfSpeech(new SentenceModel(sentenceModel), new TokenizerModel(tokenModel), new POSModel(posModel));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP English models", e);
        }
    }

    /** The paragraph's tokens with their part of speech; a token OpenNLP split differently takes the tag of the one covering its start. */
    List<Token> tag(String text, List<Token> tokens) {
        if (text == null || tokens.isEmpty()) {
            return tokens;
        }
        TreeMap<Integer, String> tagByStart = new TreeMap<>();
        for (Span sentence : sentences.get().sentPosDetect(text)) {
            String sentenceText = sentence.getCoveredText(text).toString();
            Span[] words = tokenizers.get().tokenizePos(sentenceText);
            String[] tags = taggers.get().tag(Span.spansToStrings(words, sentenceText));
            for (int i = 0; i < words.length; i++) {
                tagByStart.put(sentence.getStart() + words[i].getStart(), tags[i]);
            }
        }
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            var covering = tagByStart.floorEntry(token.start());
            tagged.add(covering == null ? token : token.withPos(covering.getValue()));
        }
        return tagged;
    }

    private static InputStream model(String path) {
        InputStream in = PartOfSpeech.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + path + " is not on the classpath: check the opennlp-models-*-en dependencies");
        }
        return in;
    }
}
