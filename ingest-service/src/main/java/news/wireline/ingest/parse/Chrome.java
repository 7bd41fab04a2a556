package news.wireline.ingest.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Page furniture a scraper picks up along with the story: link labels, image placeholders, read times. */
final class Chrome {

    private static final Set<String> LINES =
            Set.of("article image", "avatar", "read more", "show more", "advertisement");
    // Longer than any chrome line; spares lower-casing whole paragraphs just to compare them.
    private static final int MAX_CHROME_LENGTH = 30;
    private static final Pattern READ_TIME =
            Pattern.compile("(?i)(?:read(?:ing)? time:? )?(\\d{1,3}) ?(?:min|mins|minutes?)\\.?(?: read)?");

    private Chrome() {}

    static boolean is(String line) {
        return line.length() <= MAX_CHROME_LENGTH
                && (LINES.contains(line.toLowerCase(Locale.ROOT)) || readTimeMinutes(line) != null);
    }

    static boolean isArticleImage(String line) {
        return line.equalsIgnoreCase("Article image");
    }

    static boolean isAvatar(String line) {
        return line.equalsIgnoreCase("Avatar");
    }

    /** "Read more" and "Show More" both open the site's list of other stories. */
    static boolean opensStoryList(String line) {
        return line.equalsIgnoreCase("Read more") || line.equalsIgnoreCase("Show more");
    }

    /** The minutes in a line such as "3 min read", or null when the line is something else. */
    static @Nullable Integer readTimeMinutes(String line) {
        Matcher matcher = READ_TIME.matcher(line);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
