package news.wireline.publish.feed;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a tag a reader asks for may look like. Enrich names tags from words, initials, numbers and
 * IPTC codes ("Kursk Oblast", "O'Brien", "U.S.", "medtop:20000344 economy, business and finance"),
 * at most 100 characters; nothing else can be a tag. A tag is echoed into feed titles, which many
 * feed readers show as HTML, and into links: refusing what cannot be a tag keeps markup, quotes,
 * entities and line breaks out of all of them, whatever each format escapes.
 */
public final class TagName {

    /** Enrich's TagLimits.MAX_NAME_LENGTH. */
    static final int MAX_LENGTH = 100;

    private static final Pattern SHAPE = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} .,:'’-]+");

    private TagName() {}

    /** The tag as asked for, stripped; 400 when it cannot be one. */
    public static String checked(String tag) {
        String stripped = tag.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH
                || !SHAPE.matcher(stripped).matches()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "a tag is at most " + MAX_LENGTH + " letters, digits, spaces and . , : ' -");
        }
        return stripped;
    }
}
