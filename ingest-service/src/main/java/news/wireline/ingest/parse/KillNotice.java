package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.MISSING_FIELD;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;

/**
 * A desk's plain-text kill: the order to withdraw a story it sent earlier. The layout, blank
 * lines aside:
 * <pre>
 * KILL
 * Headline of the story being killed
 * Optional reason, one paragraph per line.
 * </pre>
 * The first line is the marker {@code KILL} or {@code WITHDRAWN} in any case, alone on its line,
 * and may be repeated as wires do ("KILL KILL KILL"). The second line is the killed story's
 * headline exactly as it was sent, since with no id on the record that is what identifies the
 * story. The reason becomes the body and may be left out.
 */
final class KillNotice {

    private static final Pattern MARKER = Pattern.compile("(?i)(?:kill|withdrawn)(?: (?:kill|withdrawn))*[.!:]?");
    private static final int MAX_HEADLINE_LENGTH = FieldLimits.MAX_HEADLINE;

    private KillNotice() {}

    /** The kill the lines spell out, or empty when they are an ordinary story. */
    static Optional<ParsedStory> read(List<String> lines) {
        if (lines.isEmpty() || !MARKER.matcher(lines.get(0)).matches()) {
            return Optional.empty();
        }
        if (lines.size() < 2) {
            throw new StoryRejectedException(
                    MISSING_FIELD,
                    "headline",
                    "The kill notice names no story: put the killed story's headline on the line after KILL.");
        }
        String headline = lines.get(1);
        int length = headline.codePointCount(0, headline.length());
        if (length > MAX_HEADLINE_LENGTH) {
            throw new FieldTooLarge(
                    "headline",
                    ("The line after KILL ('headline') is %d characters long:"
                                    + " it must be the killed story's headline, at most %d characters.")
                            .formatted(length, MAX_HEADLINE_LENGTH));
        }
        Story story = new Story(headline, null, null, List.of(), lines.subList(2, lines.size()), List.of(), null, null);
        return Optional.of(new ParsedStory(story, null, null, Release.withdrawn()));
    }
}
