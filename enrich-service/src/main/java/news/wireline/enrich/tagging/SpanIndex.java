package news.wireline.enrich.tagging;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Spans of a story, grouped by headline or paragraph and sorted, so whether a span overlaps any of
 * them is a binary search rather than a scan: a story asks it once per word.
 */
public final class SpanIndex {

    /** One headline's or paragraph's spans by start, with the furthest end reached up to each. */
    private record Sorted(int[] starts, int[] furthestEnds) {

        static Sorted of(List<TextSpan> spans) {
            List<TextSpan> byStart = spans.stream()
                    .sorted(Comparator.comparingInt(TextSpan::start))
                    .toList();
            int[] starts = new int[byStart.size()];
            int[] furthestEnds = new int[byStart.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = byStart.get(i).start();
                furthestEnds[i] = Math.max(byStart.get(i).end(), i == 0 ? Integer.MIN_VALUE : furthestEnds[i - 1]);
            }
            return new Sorted(starts, furthestEnds);
        }

        boolean overlaps(int start, int end) {
            int found = Arrays.binarySearch(starts, end);
            // the last span starting before end: found is the first at or after it when end is present
            int last = found >= 0 ? firstAt(found) - 1 : -found - 2;
            return last >= 0 && furthestEnds[last] > start;
        }

        private int firstAt(int index) {
            int first = index;
            while (first > 0 && starts[first - 1] == starts[index]) {
                first--;
            }
            return first;
        }
    }

    private record Place(TextSpan.Part part, int paragraph) {}

    private final Map<Place, Sorted> byPlace;

    private SpanIndex(Map<Place, Sorted> byPlace) {
        this.byPlace = byPlace;
    }

    public static SpanIndex of(Collection<TextSpan> spans) {
        Map<Place, List<TextSpan>> grouped =
                spans.stream().collect(Collectors.groupingBy(span -> new Place(span.part(), span.paragraph())));
        Map<Place, Sorted> byPlace = new HashMap<>();
        grouped.forEach((place, group) -> byPlace.put(place, Sorted.of(group)));
        return new SpanIndex(byPlace);
    }

    /** Whether {@code span} shares at least one character with one of the spans. */
    public boolean overlaps(TextSpan span) {
        Sorted sorted = byPlace.get(new Place(span.part(), span.paragraph()));
        return sorted != null && sorted.overlaps(span.start(), span.end());
    }
}
