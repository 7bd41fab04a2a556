package news.wireline.enrich.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import news.wireline.enrich.corpus.CorpusView;
import news.wireline.enrich.tagging.SpanIndex;
import news.wireline.enrich.tagging.TagEvidence;
import news.wireline.enrich.tagging.TagLimits;
import news.wireline.enrich.tagging.TaggedStory;
import news.wireline.enrich.tagging.TextSpan;
import news.wireline.enrich.terms.AnalysedTerm;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;

/**
 * The words a story is most about, by TF-IDF: how often the story uses a word, weighed by how few
 * earlier stories in the corpus did. Only nouns count, as OpenNLP tags them: "fell" and "offered"
 * are frequent and rare enough, but say nothing about a story. Words inside a tagged name are
 * left out ("Kursk" in "Kursk Oblast" is already a place tag), as are stop words, numbers and
 * words too long to be a tag ({@link TagLimits}).
 * Confidence is the keyword's weight relative to the strongest one, which gets {@value #TOP_CONFIDENCE}.
 */
public final class KeywordExtractor {

    private static final int MAX_KEYWORDS = 8;
    private static final double TOP_CONFIDENCE = 0.9;
    // A keyword weighing less than this share of the strongest is noise.
    private static final double MIN_SHARE_OF_TOP = 0.25;

    /** Keywords, strongest first, each with every place the story uses it. */
    public List<TagEvidence> extract(List<AnalysedTerm> terms, TaggedStory story, CorpusView corpus) {
        SpanIndex nouns = SpanIndex.of(story.nouns());
        SpanIndex names = SpanIndex.of(story.entities().stream()
                .flatMap(entity -> entity.spans().stream())
                .toList());
        Map<String, List<TextSpan>> uses = new LinkedHashMap<>();
        for (AnalysedTerm term : terms) {
            if (StoryTerms.isContentWord(term.text())
                    && TagLimits.fits(term.span().text())
                    && nouns.overlaps(term.span())
                    && !names.overlaps(term.span())) {
                uses.computeIfAbsent(term.text(), word -> new ArrayList<>()).add(term.span());
            }
        }
        record Weighed(String word, double weight, List<TextSpan> spans) {}
        List<Weighed> weighed = uses.entrySet().stream()
                .map(use -> new Weighed(
                        use.getKey(),
                        round(use.getValue().size() * corpus.idf(corpus.documentFrequency(use.getKey()))),
                        use.getValue()))
                .sorted(Comparator.comparingDouble(Weighed::weight).reversed().thenComparing(Weighed::word))
                .toList();
        if (weighed.isEmpty()) {
            return List.of();
        }
        double top = weighed.get(0).weight();
        return weighed.stream()
                .filter(word -> word.weight() >= MIN_SHARE_OF_TOP * top)
                .limit(MAX_KEYWORDS)
                .map(word -> new TagEvidence(
                        new Tag(
                                asWritten(word.spans()),
                                TagType.KEYWORD,
                                round(TOP_CONFIDENCE * word.weight() / top),
                                word.spans().size()),
                        word.spans()))
                .toList();
    }

    /** The keyword as the story writes it most often, in lower case: "talks", "crisis", not the folded "talk", "crisi". */
    private static String asWritten(List<TextSpan> spans) {
        Map<String, Long> forms = spans.stream()
                .map(span -> span.text().toLowerCase(Locale.ROOT))
                .collect(Collectors.groupingBy(form -> form, TreeMap::new, Collectors.counting()));
        return forms.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue())
                .orElseThrow()
                .getKey();
    }

    /** Rounded so that every instance compares and reports the same numbers. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
