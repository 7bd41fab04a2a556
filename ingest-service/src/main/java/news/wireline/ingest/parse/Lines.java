package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Line-level text helpers shared by the parsers. */
final class Lines {

    private static final String CLOSING_MARKS = "\"'”’»)]」』";
    // The ideographic full stop ends Chinese and Japanese prose, which has no other end mark to go by.
    private static final String SENTENCE_ENDINGS = ".…:;,。";

    private Lines() {}

    /** The non-empty lines of a text, each tidied; scraped pages put one paragraph on one line. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String tidy = tidy(line);
            if (!tidy.isEmpty()) {
                lines.add(tidy);
            }
        }
        return lines;
    }

    /**
     * Collapses every run of whitespace, including no-break and other Unicode spaces scrapers leave
     * behind, into one plain space, and trims the ends.
     */
    static String tidy(String line) {
        StringBuilder tidy = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !tidy.isEmpty()) {
                tidy.append(' ');
            }
            pendingSpace = false;
            tidy.append(c);
        }
        return tidy.toString();
    }

    static boolean isBlank(String text) {
        return tidy(text).isEmpty();
    }

    /** Compares lines the way a reader would: ignoring case, spacing and straight versus curly quotes. */
    static String key(String line) {
        return tidy(line)
                .toLowerCase(Locale.ROOT)
                .replace('‘', '\'')
                .replace('’', '\'')
                .replace('“', '"')
                .replace('”', '"');
    }

    /** Ends like running prose (full stop, ellipsis, colon...) rather than like a title. */
    static boolean endsLikeSentence(String line) {
        int end = line.length();
        while (end > 0 && CLOSING_MARKS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDINGS.indexOf(line.charAt(end - 1)) >= 0;
    }

    static boolean endsWithEllipsis(String line) {
        return line.endsWith("…") || line.endsWith("...");
    }

    static int words(String line) {
        return line.isEmpty() ? 0 : line.split(" ").length;
    }
}
