package news.wireline.enrich.tagging;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists the naming rules rely on: words that are capitalised without being names,
 * titles that precede a person, given names, and the head words of places and organisations.
 * All look-ups ignore case except connectors, which only join a name when written in lower case.
 */
final class Lexicon {

    private final Set<String> stopwords;
    private final Set<String> calendar;
    private final Set<String> givenNames;
    private final Set<List<String>> titles;
    private final Set<String> titleWords;
    private final Set<String> organisationWords;
    private final Set<String> placeSuffixes;
    private final Set<String> regionWords;
    private final Set<String> placePrefixes;
    private final Set<String> connectors;
    private final Set<String> abbreviations;
    private final int longestTitle;

    private Lexicon(
            Set<String> stopwords,
            Set<String> calendar,
            Set<String> givenNames,
            List<String> titles,
            Set<String> organisationWords,
            Set<String> placeSuffixes,
            Set<String> regionWords,
            Set<String> placePrefixes,
            Set<String> connectors,
            Set<String> abbreviations) {
        this.stopwords = stopwords;
        this.calendar = calendar;
        this.givenNames = givenNames;
        this.titles = titles.stream().map(Lexicon::words).collect(Collectors.toUnmodifiableSet());
        this.titleWords = this.titles.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
        this.longestTitle = this.titles.stream().mapToInt(List::size).max().orElse(0);
        this.organisationWords = organisationWords;
        this.placeSuffixes = placeSuffixes;
        this.regionWords = regionWords;
        this.placePrefixes = placePrefixes;
        this.connectors = connectors;
        this.abbreviations = abbreviations;
    }

    static Lexicon bundled() {
        return new Lexicon(
                set("stopwords.txt"),
                set("calendar.txt"),
                set("given-names.txt"),
                ResourceLines.read("titles.txt"),
                set("organisation-words.txt"),
                set("place-suffixes.txt"),
                set("region-words.txt"),
                set("place-prefixes.txt"),
                set("connectors.txt"),
                set("abbreviations.txt"));
    }

    /** Capitalised only because of its position or its nature: "The", "Despite", "Yesterday", "Dec". */
    boolean isCommonWord(Token token) {
        // "US" and "IT" are acronyms, not "us" and "it".
        String lower = token.lower();
        return !token.acronym() && stopwords.contains(lower) || calendar.contains(lower);
    }

    boolean isGivenName(Token token) {
        return givenNames.contains(token.lower());
    }

    /** How many tokens from {@code from} form the longest title ("Prime Minister", "Commander-in-Chief"). */
    int titleLength(List<Token> tokens, int from) {
        int longest = Math.min(longestTitle, tokens.size() - from);
        // Most words open no title; those need no look-up of every length.
        if (longest <= 0 || !isTitleWord(tokens.get(from))) {
            return 0;
        }
        List<String> words =
                tokens.subList(from, from + longest).stream().map(Token::lower).toList();
        for (int length = longest; length > 0; length--) {
            if (titles.contains(words.subList(0, length))
                    && !tokens.get(from + length - 1).possessive()) {
                return length;
            }
        }
        return 0;
    }

    boolean isTitleWord(Token token) {
        return titleWords.contains(token.lower());
    }

    boolean isOrganisationWord(Token token) {
        return token.capitalised() && organisationWords.contains(token.lower());
    }

    /** "Oblast", "Valley", and the region words, which count even in lower case ("Kursk region"). */
    boolean isPlaceSuffix(Token token) {
        return token.capitalised() && placeSuffixes.contains(token.lower()) || isRegionWord(token);
    }

    boolean isRegionWord(Token token) {
        return token.kind() == Token.Kind.WORD && regionWords.contains(token.lower());
    }

    boolean isPlacePrefix(Token token) {
        return token.capitalised() && placePrefixes.contains(token.lower());
    }

    boolean isConnector(Token token) {
        return token.kind() == Token.Kind.WORD && connectors.contains(token.text());
    }

    boolean isAbbreviation(String word) {
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static List<String> words(String phrase) {
        return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }

    private static Set<String> set(String resource) {
        return lowerCase(ResourceLines.read(resource));
    }

    private static Set<String> lowerCase(Collection<String> words) {
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
