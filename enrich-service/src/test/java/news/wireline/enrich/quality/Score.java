package news.wireline.enrich.quality;

import java.util.Set;

/** Counts of one kind of finding, with the usual measures. */
record Score(int truePositives, int falsePositives, int falseNegatives) {

    static final Score NONE = new Score(0, 0, 0);

    /** Findings compared with what was expected, each a set of distinct items. */
    static <T> Score between(Set<T> expected, Set<T> found) {
        int truePositives = (int) found.stream().filter(expected::contains).count();
        return new Score(truePositives, found.size() - truePositives, expected.size() - truePositives);
    }

    Score plus(Score other) {
        return new Score(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1 : (double) truePositives / found;
    }

    double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1 : (double) truePositives / expected;
    }

    double f1() {
        double sum = precision() + recall();
        return sum == 0 ? 0 : 2 * precision() * recall() / sum;
    }

    String line(String label) {
        return String.format(
                "%-22s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                label, precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
