package news.wireline.enrich.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import news.wireline.enrich.corpus.StoryWords;

/**
 * Weights of one kind of key (words, or entities), sorted by key: two stories are compared by one
 * merge of their sorted keys, without hashing, and sums come out in the same order on every instance.
 */
final class Weights {

    private final String[] keys;
    private final double[] values;

    private Weights(String[] keys, double[] values) {
        this.keys = keys;
        this.values = values;
    }

    static Weights of(Map<String, Integer> counts, ToDoubleFunction<Map.Entry<String, Integer>> weight) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, Integer>[] entries = counts.entrySet().toArray(Map.Entry[]::new);
        Arrays.sort(entries, Map.Entry.comparingByKey());
        String[] keys = new String[entries.length];
        double[] values = new double[entries.length];
        for (int i = 0; i < entries.length; i++) {
            keys[i] = entries[i].getKey();
            values[i] = weight.applyAsDouble(entries[i]);
        }
        return new Weights(keys, values);
    }

    /** Weights of a story's words, whose order they keep. */
    static Weights of(StoryWords words, WordWeight weight) {
        String[] keys = new String[words.size()];
        double[] values = new double[words.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = words.word(i);
            values[i] = weight.of(keys[i], words.count(i));
        }
        return new Weights(keys, values);
    }

    /** The weight of a word used {@code count} times. */
    interface WordWeight {
        double of(String word, int count);
    }

    double sumOfSquares() {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return sum;
    }

    double dot(Weights other) {
        double dot = 0;
        for (int i = 0, j = 0; i < keys.length && j < other.keys.length; ) {
            int order = keys[i].compareTo(other.keys[j]);
            if (order == 0) {
                dot += values[i++] * other.values[j++];
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** The keys both have, the ones adding most to the dot product first, then by key. */
    List<String> shared(Weights other) {
        record Product(String key, double value) {}
        List<Product> products = new ArrayList<>();
        for (int i = 0, j = 0; i < keys.length && j < other.keys.length; ) {
            int order = keys[i].compareTo(other.keys[j]);
            if (order == 0) {
                products.add(new Product(keys[i], values[i++] * other.values[j++]));
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        products.sort(Comparator.comparingDouble(Product::value).reversed().thenComparing(Product::key));
        return products.stream().map(Product::key).toList();
    }

    /** The {@code count} heaviest keys, heaviest first, then by key. */
    List<String> heaviest(int count) {
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.comparingDouble((Integer i) -> values[i]).reversed().thenComparing(i -> keys[i]));
        return Arrays.stream(order).limit(count).map(i -> keys[i]).toList();
    }
}
