package news.wireline.enrich.corpus;

import java.util.List;
import news.wireline.events.StoryId;

/**
 * A story found in the corpus: its content words with their counts, its entities
 * ("PLACE:Kursk Oblast") and the search score that found it.
 */
public record CorpusMatch(StoryId id, String headline, StoryWords words, List<String> entities, double searchScore) {

    public CorpusMatch {
        entities = List.copyOf(entities);
    }
}
