package news.wireline.enrich.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.wireline.enrich.corpus.CorpusView;

/**
 * A story as TF-IDF weights over its content words and its entities, with document frequencies
 * from one corpus view. An entity weighs double a word: sharing a person or place says more about
 * two stories than sharing a word. Weights are kept in key order, so sums come out the same on
 * every instance.
 */
final class StoryVector {

    private static final double ENTITY_WEIGHT = 2.0;
    private static final int MAX_SHARED = 8;
    private static final String WORD = "w:";
    private static final String ENTITY = "e:";

    private final TreeMap<String, Double> weights;
    private final List<String> entities;

    private StoryVector(TreeMap<String, Double> weights, List<String> entities) {
        this.weights = weights;
        this.entities = entities;
    }

    static StoryVector of(List<String> words, List<String> entities, CorpusView corpus) {
        Map<String, Integer> counts = words.stream().collect(Collectors.toMap(Function.identity(), word -> 1, Integer::sum));
        return of(counts, entities, corpus);
    }

    static StoryVector of(Map<String, Integer> wordCounts, List<String> entities, CorpusView corpus) {
        TreeMap<String, Double> weights = new TreeMap<>();
        wordCounts.forEach((word, count) -> weights.put(WORD + word, (1 + Math.log(count)) * corpus.idf(corpus.documentFrequency(word))));
        entities.forEach(entity -> weights.put(ENTITY + entity, ENTITY_WEIGHT * corpus.idf(corpus.entityFrequency(entity))));
        return new StoryVector(weights, List.copyOf(entities));
    }

    List<String> entities() {
        return entities;
    }

    /** The words that weigh most, the ones a search for similar stories should use. */
    List<String> strongestTerms(int count) {
        return weights.entrySet().stream().filter(weight -> weight.getKey().startsWith(WORD))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(count).map(weight -> weight.getKey().substring(WORD.length())).toList();
    }

    double cosine(StoryVector other) {
        double dot = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            dot += weight.getValue() * other.weights.getOrDefault(weight.getKey(), 0.0);
        }
        double norms = norm() * other.norm();
        return norms == 0 ? 0 : dot / norms;
    }

    /** What explains a link: the shared names, then the shared words that are not part of them, strongest first. */
    List<String> shared(StoryVector other) {
        List<String> shared = new ArrayList<>(sharedNames(other));
        Set<String> nameWords = shared.stream().flatMap(name -> Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s-]+")))
                .collect(Collectors.toSet());
        sharedKeys(other, WORD).stream().filter(word -> !nameWords.contains(word)).forEach(shared::add);
        return shared.stream().limit(MAX_SHARED).toList();
    }

    /** Shared people, places and organisations by name ("Kursk Oblast"), strongest first. */
    List<String> sharedNames(StoryVector other) {
        return sharedKeys(other, ENTITY).stream().map(entity -> entity.substring(entity.indexOf(':') + 1)).toList();
    }

    private List<String> sharedKeys(StoryVector other, String kind) {
        return weights.entrySet().stream()
                .filter(weight -> weight.getKey().startsWith(kind) && other.weights.containsKey(weight.getKey()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> weight) ->
                        weight.getValue() * other.weights.get(weight.getKey())).reversed().thenComparing(Map.Entry::getKey))
                .map(weight -> weight.getKey().substring(kind.length()))
                .toList();
    }

    private double norm() {
        double sum = 0;
        for (double weight : weights.values()) {
            sum += weight * weight;
        }
        return Math.sqrt(sum);
    }
}
