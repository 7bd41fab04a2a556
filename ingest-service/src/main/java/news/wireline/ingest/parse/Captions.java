package news.wireline.ingest.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import news.wireline.events.Story;

/**
 * Recognises image captions: a line ending in a parenthesised credit, "(Roman Petrenko / AFP)".
 *
 * <p>Body paragraphs can end in a parenthesis too ("...the agency said (AP)"), so how much
 * evidence a credit needs depends on where the line sits. Straight after the headline, where pages
 * put the lead image, a bare agency name will do. Anywhere else the credit must be unmistakable: a
 * "photographer / agency" slash or a leading "Photo:"-style word.
 */
final class Captions {

    private static final int MAX_CREDIT_LENGTH = 80;
    private static final Pattern STRONG_CREDIT = Pattern.compile(
            "(?iU)^(?:photo(?:graph)?s?|pictures?|images?|credit|courtesy|фото|світлина|φωτογραφία)\\b");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?U)\\b(?:AFP|AP|Reuters|REUTERS|Getty|EPA|ANP|ANSA|DPA|dpa|Xinhua|Anadolu|Shutterstock|Bloomberg|Pool|POOL|Photo|photo)\\b");

    private Captions() {}

    /** A caption in the lead-image position, where a weak credit such as "(AP)" is enough. */
    static Optional<Story.Image> afterHeadline(String line) {
        return parse(line, true);
    }

    /** A caption further down the copy, which needs an unmistakable credit. */
    static Optional<Story.Image> inBody(String line) {
        return parse(line, false);
    }

    private static Optional<Story.Image> parse(String line, boolean agencyNameWillDo) {
        int open = openingParenthesis(line);
        if (open <= 0) {
            return Optional.empty();
        }
        String caption = line.substring(0, open).strip();
        String credit = line.substring(open + 1, line.length() - 1).strip();
        if (caption.isEmpty() || credit.isEmpty() || credit.length() > MAX_CREDIT_LENGTH) {
            return Optional.empty();
        }
        boolean strong = credit.contains("/") || STRONG_CREDIT.matcher(credit).find();
        boolean agency = AGENCY_CREDIT.matcher(credit).find();
        return strong || (agencyNameWillDo && agency)
                ? Optional.of(new Story.Image(caption, credit))
                : Optional.empty();
    }

    /** Index of the parenthesis that opens the group closing the line, or -1. */
    private static int openingParenthesis(String line) {
        if (!line.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
