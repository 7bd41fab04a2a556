package news.wireline.enrich.corpus;

import java.util.List;
import java.util.Map;

import news.wireline.events.StoryId;

/**
 * A story found in the corpus: its content words with their counts, its entities
 * ("PLACE:Kursk Oblast") and the search score that found it.
 */
public record CorpusMatch(StoryId id, String headline, Map<String, Integer> terms, List<String> entities, double searchScore) {

    public CorpusMatch {
        terms = Map.copyOf(terms);
        entities = List.copyOf(entities);
    }
}
