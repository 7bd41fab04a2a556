package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.MISSING_FIELD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * The top of a scraped story: section label, headline (often printed twice) and read time.
 *
 * @param end index of the first line after the header
 * @param leftover header-area lines that turned out to be copy, such as a standfirst
 */
record Header(
        @Nullable String section, String headline, @Nullable Integer readTimeMinutes, int end, List<String> leftover) {

    // Pages put section, headline, read time and the repeated headline within the first few lines.
    private static final int SCAN_LINES = 6;
    private static final int MAX_HEADLINE_LENGTH = FieldLimits.MAX_HEADLINE;
    private static final int MAX_LABEL_LENGTH = 32;
    private static final int MAX_LABEL_WORDS = 3;

    static Header read(List<String> lines) {
        List<Integer> titles = new ArrayList<>();
        Integer readTime = null;
        int readTimeAt = -1;
        for (int i = 0; i < Math.min(lines.size(), SCAN_LINES); i++) {
            String line = lines.get(i);
            Integer minutes = Chrome.readTimeMinutes(line);
            if (minutes != null && readTime == null) {
                readTime = minutes;
                readTimeAt = i;
            } else if (!Chrome.is(line)) {
                if (!titleLike(line)) {
                    refuseOverlongHeadline(lines, titles, readTime, line);
                    break;
                }
                titles.add(i);
            }
        }
        if (titles.isEmpty()) {
            throw new StoryRejectedException(
                    MISSING_FIELD,
                    "headline",
                    "No headline found: start the story with its headline on a line of its own, optionally after a section label.");
        }
        int position = headlinePosition(lines, titles, readTimeAt);
        String headline = lines.get(titles.get(position));
        Set<Integer> used = new HashSet<>();
        for (int title : titles) {
            if (Lines.key(lines.get(title)).equals(Lines.key(headline))) {
                used.add(title);
            }
        }
        String section = null;
        if (position > 0 && labelLike(lines.get(titles.get(position - 1)))) {
            section = lines.get(titles.get(position - 1));
            used.add(titles.get(position - 1));
        }
        if (readTimeAt >= 0) {
            used.add(readTimeAt);
        }
        int end = Collections.max(used) + 1;
        List<String> leftover = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (!used.contains(i) && !Chrome.is(lines.get(i))) {
                leftover.add(lines.get(i));
            }
        }
        return new Header(section, headline, readTime, end, leftover);
    }

    /**
     * The title printed twice; failing that, the last title above the read time, which sits under
     * the headline; failing that, the first title, or the second when the first is a short label.
     */
    private static int headlinePosition(List<String> lines, List<Integer> titles, int readTimeAt) {
        int repeated = repeatedTitle(lines, titles);
        if (repeated >= 0) {
            return repeated;
        }
        int aboveReadTime = -1;
        for (int position = 0; position < titles.size() && titles.get(position) < readTimeAt; position++) {
            aboveReadTime = position;
        }
        if (aboveReadTime >= 0) {
            return aboveReadTime;
        }
        return titles.size() > 1 && labelLike(lines.get(titles.get(0))) ? 1 : 0;
    }

    /** Position in {@code titles} of the first title printed twice, or -1. */
    private static int repeatedTitle(List<String> lines, List<Integer> titles) {
        for (int a = 0; a < titles.size(); a++) {
            for (int b = a + 1; b < titles.size(); b++) {
                if (Lines.key(lines.get(titles.get(a))).equals(Lines.key(lines.get(titles.get(b))))) {
                    return a;
                }
            }
        }
        return -1;
    }

    /**
     * A line standing where the headline must be, before any read time and with at most a section
     * label above it, that reads like a title but for its length, is a headline over the limit:
     * refused, rather than the label being taken for the headline and the line for copy.
     */
    private static void refuseOverlongHeadline(
            List<String> lines, List<Integer> titles, @Nullable Integer readTime, String line) {
        boolean headlinePosition =
                readTime == null && (titles.isEmpty() || titles.size() == 1 && labelLike(lines.get(titles.get(0))));
        if (headlinePosition
                && !Lines.endsLikeSentence(line)
                && Captions.afterHeadline(line).isEmpty()) {
            FieldLimits.length(line, MAX_HEADLINE_LENGTH, "headline", "The headline");
        }
    }

    private static boolean titleLike(String line) {
        return line.codePointCount(0, line.length()) <= MAX_HEADLINE_LENGTH
                && !Lines.endsLikeSentence(line)
                && Captions.afterHeadline(line).isEmpty();
    }

    private static boolean labelLike(String line) {
        return line.length() <= MAX_LABEL_LENGTH && Lines.words(line) <= MAX_LABEL_WORDS;
    }
}
