package news.wireline.enrich.tagging;

import java.util.List;

/**
 * Tells a Title Case headline ("Russia Strikes Kyiv Power Grid") from a sentence-case one.
 * In Title Case every word is capitalised, so only the gazetteer and names the body
 * establishes are trusted there; the capitalisation rules would tag "Power Grid".
 */
final class HeadlineCase {

    private static final double TITLE_CASE_SHARE = 0.7;
    private static final int MIN_WORDS = 3;
    private static final int MIN_LETTERS = 4;

    private HeadlineCase() {}

    static boolean isTitleCase(List<Token> headline, Lexicon lexicon) {
        List<Token> words = headline.stream()
                .filter(token -> token.kind() == Token.Kind.WORD && token.text().length() >= MIN_LETTERS)
                .filter(token -> !lexicon.isConnector(token))
                .toList();
        long capitalised = words.stream().filter(Token::capitalised).count();
        return words.size() >= MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words.size();
    }
}
