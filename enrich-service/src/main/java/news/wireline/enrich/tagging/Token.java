package news.wireline.enrich.tagging;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One token of copy. A possessive "'s" and an abbreviation's full stop are stripped from
 * {@code text} so that "Russia's" and "St." look up as "Russia" and "St". {@code start} is the
 * offset of the token in its paragraph; {@code pos} is its Universal Dependencies part of speech
 * ("PROPN", "NOUN", ...), or null until {@link PartOfSpeech} has tagged it.
 */
record Token(
        String text,
        Kind kind,
        boolean possessive,
        boolean sentenceStart,
        int start,
        @Nullable String pos) {

    private static final Pattern GLUED_PARTICLE = Pattern.compile("\\p{Ll}{1,3}[-']\\p{Lu}.*");

    Token(String text, Kind kind, boolean possessive, boolean sentenceStart) {
        this(text, kind, possessive, sentenceStart, 0, null);
    }

    enum Kind {
        WORD,
        INITIALS,
        NUMBER,
        OPEN_PAREN,
        CLOSE_PAREN,
        SENTENCE_END,
        PUNCT
    }

    boolean isWord() {
        return kind == Kind.WORD || kind == Kind.INITIALS;
    }

    /** Capitalised, or a lower-case particle glued to a capital ("al-Assad", "d'Ivoire"). */
    boolean capitalised() {
        return kind == Kind.INITIALS
                || kind == Kind.WORD
                        && (Character.isUpperCase(text.codePointAt(0))
                                || GLUED_PARTICLE.matcher(text).matches());
    }

    /** NATO, SBU, G7, U.S.: no lower-case letters and at least two capitals. */
    boolean acronym() {
        if (!isWord()) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 2;
    }

    /** Offset just after the token's text, the possessive left out. */
    int end() {
        return start + text.length();
    }

    Token withPos(String tag) {
        return new Token(text, kind, possessive, sentenceStart, start, tag);
    }

    boolean properNoun() {
        return pos != null && pos.startsWith("PROPN");
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** How a run of tokens is written as one name: an inner possessive stays ("President's Office"). */
    static String render(List<Token> tokens) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0) {
                name.append(' ');
            }
            name.append(token.text());
            if (token.possessive() && i < tokens.size() - 1) {
                name.append("'s");
            }
        }
        return name.toString();
    }
}
