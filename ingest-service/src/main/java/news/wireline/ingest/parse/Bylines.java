package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.wireline.events.Story;
import org.jspecify.annotations.Nullable;

/** Reads who wrote a story from a "By Jane Doe and John Roe" line or an author credit line. */
final class Bylines {

    private static final int MAX_LENGTH = 120;
    private static final int MAX_WORDS_IN_NAME = 5;
    private static final Pattern BY = Pattern.compile("(?iU)by (.+)");
    private static final Pattern DESK = Pattern.compile("(?iU).*\\bdesk");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.\\-]*");
    private static final Pattern SEPARATOR = Pattern.compile("(?U)\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+");
    // Lower-case name particles, so "Anna van der Berg" still reads as a name.
    private static final Set<String> PARTICLES = Set.of(
            "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "la", "le", "ten",
            "ter", "van", "von", "y");

    private Bylines() {}

    /**
     * A "By ..." line, or empty when the line is not one. Every part must look like a name, so a
     * line such as "By Tuesday night the port was quiet" stays copy.
     */
    static Optional<Story.Byline> fromByLine(String line) {
        if (line.length() > MAX_LENGTH || Lines.endsLikeSentence(line)) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(line);
        if (!by.matches()) {
            return Optional.empty();
        }
        List<String> names = names(by.group(1));
        return names.isEmpty() ? Optional.empty() : Optional.of(new Story.Byline(names, null));
    }

    /**
     * The credit under the author avatar. Its position already says it is a byline, so a line
     * that does not split into names (a script without capitals, say) is kept whole as one author.
     */
    static Optional<Story.Byline> fromCreditLine(String line) {
        String credit = Lines.tidy(line);
        if (credit.isEmpty() || credit.length() > MAX_LENGTH || Chrome.is(credit) || Lines.endsLikeSentence(credit)) {
            return Optional.empty();
        }
        if (DESK.matcher(credit).matches()) {
            return Optional.of(new Story.Byline(List.of(), credit));
        }
        Matcher by = BY.matcher(credit);
        List<String> names = names(by.matches() ? by.group(1) : credit);
        return Optional.of(new Story.Byline(names.isEmpty() ? List.of(credit) : names, null));
    }

    /**
     * A byline field of a structured format (ninjs {@code by}, NewsML-G2 {@code by}), read like a
     * credit line and kept whole when even that fails; null when there is none.
     */
    static Story.@Nullable Byline fromField(@Nullable String credit) {
        return credit == null ? null : fromCreditLine(credit).orElse(new Story.Byline(List.of(credit), null));
    }

    /** Authors from the top of the story, desk from the credit line; either may be missing. */
    static Story.@Nullable Byline merge(Story.@Nullable Byline top, Story.@Nullable Byline credit) {
        if (top == null || credit == null) {
            return top == null ? credit : top;
        }
        return new Story.Byline(
                top.authors().isEmpty() ? credit.authors() : top.authors(),
                credit.desk() != null ? credit.desk() : top.desk());
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : SEPARATOR.split(text)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!looksLikeName(name)) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    private static boolean looksLikeName(String name) {
        String[] words = name.split("\\s+");
        if (words.length > MAX_WORDS_IN_NAME || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            if (!NAME_WORD.matcher(word).matches() || !(capitalised || PARTICLES.contains(word))) {
                return false;
            }
        }
        return true;
    }
}
