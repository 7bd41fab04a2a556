package news.wireline.enrich.corpus;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import news.wireline.events.StoryId;

/**
 * A story found in the corpus: its content words with their counts, its entities
 * ("PLACE:Kursk Oblast") and the search score that found it. The terms are not copied: a story
 * compares fifty matches of hundreds of words each, and nothing changes them after the search.
 */
public record CorpusMatch(
        StoryId id, String headline, Map<String, Integer> terms, List<String> entities, double searchScore) {

    public CorpusMatch {
        terms = Collections.unmodifiableMap(terms);
        entities = List.copyOf(entities);
    }
}
