package news.wireline.enrich.corpus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's content words in {@link String} order, each with how often the story uses it: two
 * stories are compared by one merge of these arrays, without a map or a sort per comparison.
 */
public final class StoryWords {

    private final String[] words;
    private final int[] counts;

    private StoryWords(String[] words, int[] counts) {
        this.words = words;
        this.counts = counts;
    }

    /** The words of a story in reading order, counted. */
    public static StoryWords counted(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        String[] sorted = counts.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        int[] each = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            each[i] = counts.getOrDefault(sorted[i], 0);
        }
        return new StoryWords(sorted, each);
    }

    /**
     * Words and their counts in index order, which is {@link String} order but for characters
     * beyond the Basic Multilingual Plane; the arrays are kept, not copied.
     */
    static StoryWords ofIndexOrder(String[] words, int[] counts) {
        for (int i = 1; i < words.length; i++) {
            if (words[i - 1].compareTo(words[i]) >= 0) {
                return sorted(words, counts);
            }
        }
        return new StoryWords(words, counts);
    }

    public int size() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    public int count(int i) {
        return counts[i];
    }

    private static StoryWords sorted(String[] words, int[] counts) {
        Integer[] order = new Integer[words.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> words[a].compareTo(words[b]));
        String[] sortedWords = new String[words.length];
        int[] sortedCounts = new int[words.length];
        for (int i = 0; i < order.length; i++) {
            sortedWords[i] = words[order[i]];
            sortedCounts[i] = counts[order[i]];
        }
        return new StoryWords(sortedWords, sortedCounts);
    }
}
