package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Just enough HTML reading for ninjs {@code body_html}: block tags end a paragraph, other tags are
 * dropped, script and style content is dropped, common entities are decoded. A hand-written scan
 * rather than regular expressions keeps the cost linear for any input.
 */
final class HtmlParagraphs {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "blockquote",
            "figure",
            "figcaption",
            "table",
            "tr");
    private static final Set<String> HIDDEN_CONTENT_TAGS = Set.of("script", "style");
    private static final Map<String, String> ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "hellip", "…", "mdash", "—",
            "ndash", "–");
    private static final int MAX_ENTITY_LENGTH = 10;

    private HtmlParagraphs() {}

    static List<String> of(String html) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    break;
                }
                String tag = tagName(html, i + 1, close);
                if (HIDDEN_CONTENT_TAGS.contains(tag) && html.charAt(i + 1) != '/') {
                    int endTag = indexOfIgnoreCase(html, "</" + tag, close);
                    close = endTag < 0 ? -1 : html.indexOf('>', endTag);
                    if (close < 0) {
                        break;
                    }
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush(current, paragraphs);
                } else if (tag.equals("br")) {
                    current.append(' ');
                }
                i = close + 1;
            } else if (c == '&') {
                i = appendEntity(html, i, current);
            } else {
                current.append(c);
                i++;
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static String tagName(String html, int from, int to) {
        int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Appends the entity at {@code at} decoded, or a bare ampersand; returns where reading resumes. */
    private static int appendEntity(String html, int at, StringBuilder out) {
        // Look only a short way ahead: scanning to the end for every ampersand would be quadratic.
        int found = html.substring(at, Math.min(html.length(), at + MAX_ENTITY_LENGTH))
                .indexOf(';');
        if (found < 0) {
            out.append('&');
            return at + 1;
        }
        int semicolon = at + found;
        String name = html.substring(at + 1, semicolon);
        String decoded = ENTITIES.get(name);
        if (decoded == null && name.startsWith("#")) {
            decoded = numericEntity(name.substring(1));
        }
        if (decoded == null) {
            out.append('&');
            return at + 1;
        }
        out.append(decoded);
        return semicolon + 1;
    }

    private static @Nullable String numericEntity(String digits) {
        boolean hex = digits.startsWith("x") || digits.startsWith("X");
        try {
            int codePoint = Integer.parseInt(hex ? digits.substring(1) : digits, hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint)
                            && !Character.isISOControl(codePoint)
                            && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
                    ? new String(Character.toChars(codePoint))
                    : "";
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int indexOfIgnoreCase(String text, String target, int from) {
        for (int i = from; i <= text.length() - target.length(); i++) {
            if (text.regionMatches(true, i, target, 0, target.length())) {
                return i;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = JsonFields.cleanText(current.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
