package news.wireline.enrich.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.wireline.enrich.tagging.TextSpan;
import news.wireline.enrich.tagging.TextSpan.Part;
import news.wireline.events.Story;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How story text becomes terms, the same way for subjects, keywords and the related-story index:
 * Lucene's standard tokenizer, possessives dropped, lower case, plurals folded. Only plurals are
 * folded: a heavier stemmer would turn keywords into stems no reader recognises ("compani").
 * Captions, credits, teasers and bylines are not the story's subject and are left out.
 */
public final class StoryTerms {

    /** Lucene's English stop words and words every news story uses, which say nothing about its subject. */
    private static final CharArraySet STOPWORDS = stopwords();

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishMinimalStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            return new TokenStreamComponents(source, stream);
        }
    };

    private StoryTerms() {}

    /** The Lucene analyzer behind these terms, for indexing stories alike. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** Every term of the headline and body, stop words included, in reading order. */
    public static List<AnalysedTerm> of(Story story) {
        List<AnalysedTerm> terms = new ArrayList<>();
        add(terms, Part.HEADLINE, 0, story.headline());
        for (int i = 0; i < story.body().size(); i++) {
            add(terms, Part.BODY, i, story.body().get(i));
        }
        return terms;
    }

    /** The terms of a phrase, for matching it against a story's terms. */
    public static List<String> analyse(String phrase) {
        List<AnalysedTerm> terms = new ArrayList<>();
        add(terms, Part.BODY, 0, phrase);
        return terms.stream().map(AnalysedTerm::text).toList();
    }

    /** A word that carries meaning: not a stop word, a number, or a single letter. */
    public static boolean isContentWord(String term) {
        return term.length() > 2 && !STOPWORDS.contains(term) && lettersWithoutDigits(term);
    }

    // a loop rather than two streams: every term of every story and candidate passes here
    private static boolean lettersWithoutDigits(String term) {
        boolean letter = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static void add(List<AnalysedTerm> terms, Part part, int paragraph, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                terms.add(new AnalysedTerm(
                        term.toString(), new TextSpan(part, paragraph, start, end, text.substring(start, end))));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
    }

    private static CharArraySet stopwords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.addAll(Set.of(
                "said",
                "say",
                "says",
                "told",
                "tell",
                "also",
                "would",
                "could",
                "should",
                "will",
                "can",
                "may",
                "might",
                "has",
                "have",
                "had",
                "was",
                "were",
                "been",
                "being",
                "its",
                "his",
                "her",
                "their",
                "our",
                "who",
                "whom",
                "which",
                "what",
                "when",
                "where",
                "while",
                "than",
                "more",
                "most",
                "about",
                "after",
                "before",
                "over",
                "under",
                "from",
                "since",
                "until",
                "some",
                "any",
                "all",
                "each",
                "other",
                "many",
                "much",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "first",
                "second",
                "third",
                "last",
                "next",
                "new",
                "year",
                "month",
                "week",
                "day",
                "today",
                "yesterday",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
                "percent",
                "per",
                "cent",
                "mr",
                "mrs",
                "ms",
                "dr",
                "according",
                "including",
                "did",
                "does",
                "she",
                "him",
                "them",
                "out",
                "off",
                "just",
                "still",
                "only",
                "even",
                "now",
                "then",
                "there",
                "here",
                "very",
                "because",
                "those",
                "these",
                "between",
                "into",
                "during",
                "against",
                "without",
                "within",
                "through",
                "around",
                "another",
                "made",
                "make",
                "take",
                "took",
                "get",
                "got",
                "like",
                "well",
                "time",
                "people",
                "asked",
                "added"));
        return CharArraySet.unmodifiableSet(words);
    }
}
