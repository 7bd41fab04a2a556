package news.wireline.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** {@link PartOfSpeech} takes two shortcuts through OpenNLP; neither may change a tag. */
class PartOfSpeechTest {

    private final Tokenizer tokenizer = new Tokenizer(Lexicon.bundled());

    @Test
    void tagsEveryWordOfTheLabelledStoriesAsOpenNlpsBeamSearchDoes() throws IOException, URISyntaxException {
        // Given every line of the labelled stories, and a paragraph of contractions and possessives read twice
        List<String> paragraphs = new ArrayList<>(labelledStoryLines());
        String contractions =
                "Russia's envoy can't say (AP) whether Kyiv's U.S.-made drones won't fly, and cannot ask.";
        paragraphs.add(contractions);
        paragraphs.add(contractions);
        PartOfSpeech partOfSpeech = PartOfSpeech.bundled();
        PlainOpenNlp plain = new PlainOpenNlp();

        // When both tag them
        List<String> tags = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<Token> tokens = tokenizer.tokenize(paragraph);
            partOfSpeech.tag(paragraph, tokens).forEach(token -> tags.add(token.text() + "/" + token.pos()));
            plain.tag(paragraph, tokens).forEach(token -> expected.add(token.text() + "/" + token.pos()));
        }

        // Then every tag is the same
        assertThat(tags).hasSizeGreaterThan(5_000).containsExactlyElementsOf(expected);
    }

    private static List<String> labelledStoryLines() throws IOException, URISyntaxException {
        Path stories =
                Path.of(PartOfSpeechTest.class.getResource("/quality/stories").toURI());
        try (Stream<Path> files = Files.list(stories)) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> !line.isBlank())
                        .forEach(lines::add);
            }
            return lines;
        }
    }

    /** OpenNLP used as it comes: its tokenizer on every sentence, its tagger with the model's beam of 3. */
    private static final class PlainOpenNlp {

        private final SentenceDetectorME sentences;
        private final TokenizerME words;
        private final POSTaggerME tagger;

        PlainOpenNlp() throws IOException {
            try (InputStream sentenceModel = model("sentence");
                    InputStream tokenModel = model("tokens");
                    InputStream posModel = model("pos")) {
                sentences = new SentenceDetectorME(new SentenceModel(sentenceModel));
                words = new TokenizerME(new TokenizerModel(tokenModel));
                tagger = new POSTaggerME(new POSModel(posModel));
            }
        }

        List<Token> tag(String text, List<Token> tokens) {
            TreeMap<Integer, String> tagByStart = new TreeMap<>();
            for (Span sentence : sentences.sentPosDetect(text)) {
                String sentenceText = sentence.getCoveredText(text).toString();
                Span[] spans = words.tokenizePos(sentenceText);
                String[] tags = tagger.tag(Span.spansToStrings(spans, sentenceText));
                for (int i = 0; i < spans.length; i++) {
                    tagByStart.put(sentence.getStart() + spans[i].getStart(), tags[i]);
                }
            }
            return tokens.stream()
                    .map(token -> {
                        var covering = tagByStart.floorEntry(token.start());
                        return covering == null ? token : token.withPos(covering.getValue());
                    })
                    .toList();
        }

        private static InputStream model(String kind) {
            return PlainOpenNlp.class.getResourceAsStream("/opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin");
        }
    }
}
