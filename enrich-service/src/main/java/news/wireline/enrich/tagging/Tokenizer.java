package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.wireline.enrich.tagging.Token.Kind;

/**
 * Splits a paragraph into tokens and marks where sentences start. Sentence ends are the
 * full stops that are not swallowed by an abbreviation (Mr., Dec., St.) or initials (U.S.).
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile("(?<initials>(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s+\\p{Lu}))"
            + "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*(?:[-'][\\p{L}\\p{M}\\p{Nd}]+)*)"
            + "|(?<number>\\p{Nd}+(?:[.,:]\\p{Nd}+)*)"
            + "|(?<other>\\S)");
    // No-break and other Unicode spaces would otherwise split "Kursk Oblast" into two runs; a plain space stays as it
    // is.
    private static final Pattern SPACE = Pattern.compile("[\\h\\v&&[^ ]]");
    // A curly apostrophe inside a word is an apostrophe; elsewhere it may be a closing quote.
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=[\\p{L}\\p{M}])[’ʼ`](?=\\p{L})");
    private static final Pattern LOWER_TAIL = Pattern.compile("(\\p{Lu}.*)-\\p{Ll}[^-]*");
    private static final Pattern DESCRIPTIVE_TAIL = Pattern.compile(
            "-\\p{Ll}*(?:ed|ing|en|born|based|run|style|era|type|like|wide|bound|free|friendly|made|held|owned|speaking)$");

    private final Lexicon lexicon;

    Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String normalised =
                INNER_APOSTROPHE.matcher(SPACE.matcher(text).replaceAll(" ")).replaceAll("'");
        Matcher m = TOKEN.matcher(normalised);
        boolean sentenceStart = true;
        int from = 0;
        while (from < normalised.length() && m.find(from)) {
            from = m.end();
            if (m.group("initials") != null) {
                tokens.add(new Token(m.group(), Kind.INITIALS, false, sentenceStart, m.start(), null));
            } else if (m.group("word") != null) {
                if (normalised.startsWith(".", m.end()) && lexicon.isAbbreviation(m.group())) {
                    from++;
                }
                addWord(tokens, m.group(), sentenceStart, m.start());
            } else if (m.group("number") != null) {
                tokens.add(new Token(m.group(), Kind.NUMBER, false, sentenceStart, m.start(), null));
            } else {
                tokens.add(punctuation(m.group(), m.start()));
            }
            Token last = tokens.get(tokens.size() - 1);
            sentenceStart =
                    last.kind() == Kind.SENTENCE_END || sentenceStart && !last.isWord() && last.kind() != Kind.NUMBER;
        }
        return tokens;
    }

    private void addWord(List<Token> tokens, String word, boolean sentenceStart, int start) {
        Matcher lowerTail = LOWER_TAIL.matcher(word);
        if (lowerTail.matches() && DESCRIPTIVE_TAIL.matcher(word).find()) {
            // "Kremlin-backed", "Ukrainian-occupied": the capitalised head is the name, the rest is not.
            // A tail that is no English word stays: "Yoon Jae-hyun", "Lewotobi Laki-laki".
            String head = lowerTail.group(1);
            tokens.add(new Token(head, Kind.WORD, false, sentenceStart, start, null));
            tokens.add(new Token("-", Kind.PUNCT, false, false, start + head.length(), null));
            return;
        }
        boolean possessive = word.length() > 2 && word.endsWith("'s");
        String text = possessive ? word.substring(0, word.length() - 2) : word;
        tokens.add(new Token(text, Kind.WORD, possessive, sentenceStart, start, null));
    }

    private static Token punctuation(String symbol, int start) {
        Kind kind = switch (symbol) {
            case ".", "!", "?", "…" -> Kind.SENTENCE_END;
            case "(", "[" -> Kind.OPEN_PAREN;
            case ")", "]" -> Kind.CLOSE_PAREN;
            default -> Kind.PUNCT;
        };
        return new Token(symbol, kind, false, false, start, null);
    }
}
