package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.MISSING_FIELD;

import java.util.List;
import java.util.Optional;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * Reads story pages as a scraper copies them to text, where each paragraph sits on one line.
 * Layout rules, top to bottom:
 * <ol>
 *   <li><b>By-line</b>: a "By Jane Doe and John Roe" line within the first eight lines gives the
 *       authors, wherever it sits in the header.
 *   <li><b>Header</b> (first six lines): an optional short section label ("News Feed"), the
 *       headline, an optional read time ("3 min read") and often the headline again. The headline
 *       is the title-like line printed twice; else the one above the read time; else the first,
 *       or the second when the first is a label of at most three words.
 *   <li><b>Lead images</b>: lines right after the header ending in a parenthesised credit, e.g.
 *       "(Jan de Vries / ANP)". Lower down only an unmistakable credit ("/" or "Photo:") makes a
 *       caption, so a paragraph ending "(AP)" stays in the body.
 *   <li><b>Teasers</b>: a short line without a full stop, followed by a summary ending in an
 *       ellipsis and/or an "Article image" line, is a related story, not copy.
 *   <li><b>Tail</b>: from "Avatar" on, or failing that the first "Read more", "Show More" or
 *       repeat of the section label, everything is chrome (author bio, the site's list of other
 *       stories) except the line after "Avatar", the credit: a desk when it ends in "desk",
 *       otherwise author names.
 *   <li>Chrome lines ("Article image", "Avatar", "Read more", "Show More", read times) never reach the body.
 * </ol>
 * A page carries no desk metadata, so it reads as a usable story of default urgency. A desk kills
 * a story it sent by sending a {@link KillNotice} instead: "KILL", the headline, an optional reason.
 */
final class PlainTextParser {

    private static final int BYLINE_SCAN_LINES = 8;

    ParsedStory read(String text) {
        List<String> lines = Lines.of(text);
        return KillNotice.read(lines).orElseGet(() -> ParsedStory.of(story(lines)));
    }

    private static Story story(List<String> lines) {
        Story.Byline byLine = takeByLine(lines);
        Header header = Header.read(lines);
        int tail = tailStart(lines, header);
        Story.Byline credit = tail < lines.size() - 1 && Chrome.isAvatar(lines.get(tail))
                ? Bylines.fromCreditLine(lines.get(tail + 1)).orElse(null)
                : null;
        Body body = Body.read(header.leftover(), lines.subList(header.end(), tail));
        if (body.paragraphs().isEmpty()) {
            throw new StoryRejectedException(
                    MISSING_FIELD,
                    "body",
                    "The story has a headline but no body paragraphs: send the full story text, one paragraph per line.");
        }
        return new Story(
                header.headline(),
                header.section(),
                header.readTimeMinutes(),
                body.images(),
                body.paragraphs(),
                body.teasers(),
                Bylines.merge(byLine, credit),
                null);
    }

    /** Removes the first "By ..." line near the top, so the header is read without it. */
    private static Story.@Nullable Byline takeByLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), BYLINE_SCAN_LINES); i++) {
            Optional<Story.Byline> byline = Bylines.fromByLine(lines.get(i));
            if (byline.isPresent()) {
                lines.remove(i);
                return byline.get();
            }
        }
        return null;
    }

    /** Where the story ends and the page's author box or list of other stories begins. */
    private static int tailStart(List<String> lines, Header header) {
        for (int i = header.end(); i < lines.size(); i++) {
            if (Chrome.isAvatar(lines.get(i))) {
                return i;
            }
        }
        String sectionKey = header.section() == null ? null : Lines.key(header.section());
        for (int i = header.end(); i < lines.size(); i++) {
            String line = lines.get(i);
            if (Chrome.opensStoryList(line)
                    || (sectionKey != null && Lines.key(line).equals(sectionKey))) {
                return i;
            }
        }
        return lines.size();
    }
}
