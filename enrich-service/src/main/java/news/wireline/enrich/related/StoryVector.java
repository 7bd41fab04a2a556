package news.wireline.enrich.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.wireline.enrich.corpus.CorpusView;
import news.wireline.enrich.corpus.StoryWords;

/**
 * A story as TF-IDF weights over its content words and its entities, with document frequencies
 * from one corpus view. An entity weighs double a word: sharing a person or place says more about
 * two stories than sharing a word.
 */
final class StoryVector {

    private static final double ENTITY_WEIGHT = 2.0;
    private static final int MAX_SHARED = 8;

    private final Weights words;
    private final Weights entities;
    private final double norm;

    private StoryVector(Weights words, Weights entities) {
        this.words = words;
        this.entities = entities;
        this.norm = Math.sqrt(words.sumOfSquares() + entities.sumOfSquares());
    }

    static StoryVector of(List<String> words, List<String> entities, CorpusView corpus) {
        return of(StoryWords.counted(words), entities, corpus);
    }

    static StoryVector of(StoryWords words, List<String> entities, CorpusView corpus) {
        Map<String, Integer> entityCounts = new HashMap<>();
        entities.forEach(entity -> entityCounts.put(entity, 1));
        return new StoryVector(
                Weights.of(words, (word, count) -> (1 + Math.log(count)) * corpus.idf(corpus.documentFrequency(word))),
                Weights.of(
                        entityCounts, entity -> ENTITY_WEIGHT * corpus.idf(corpus.entityFrequency(entity.getKey()))));
    }

    /** The people, places and organisations that weigh most: the rarest in the corpus. */
    List<String> strongestEntities(int count) {
        return entities.heaviest(count);
    }

    /** The words that weigh most, the ones a search for similar stories should use. */
    List<String> strongestTerms(int count) {
        return words.heaviest(count);
    }

    double cosine(StoryVector other) {
        double norms = norm * other.norm;
        return norms == 0 ? 0 : (entities.dot(other.entities) + words.dot(other.words)) / norms;
    }

    /** What explains a link: the shared names, then the shared words that are not part of them, strongest first. */
    List<String> shared(StoryVector other) {
        List<String> shared = new ArrayList<>(sharedNames(other));
        Set<String> nameWords = shared.stream()
                .flatMap(name -> Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s-]+")))
                .collect(Collectors.toSet());
        words.shared(other.words).stream()
                .filter(word -> !nameWords.contains(word))
                .forEach(shared::add);
        return shared.stream().limit(MAX_SHARED).toList();
    }

    /** Shared people, places and organisations by name ("Kursk Oblast"), strongest first. */
    List<String> sharedNames(StoryVector other) {
        return entities.shared(other.entities).stream()
                .map(entity -> entity.substring(entity.indexOf(':') + 1))
                .toList();
    }
}
