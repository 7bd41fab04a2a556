package news.wireline.enrich.tagging;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The two person patterns: a title before a name ("Commander-in-Chief Oleksandr Syrskyi",
 * "Ms. Ruiz") and a known given name starting a two- or three-word name ("Ana Ruiz",
 * "Kim Jong Un"). A title is the stronger evidence: given names are also surnames and places.
 */
final class PersonNames {

    private static final int LONGEST_NAME = 3;
    // Generational suffixes close a person's name but are never a name on their own.
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");
    // Particles inside a surname or a name-based place: "Ursula von der Leyen", "Charles de Gaulle Airport".
    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "du", "da", "dos", "das", "del", "della", "di", "bin", "ibn", "al", "el",
            "la", "le");

    private final Lexicon lexicon;

    PersonNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The words of the span that name the person, without any title. */
    record Person(List<Token> name, Evidence evidence) {}

    Optional<Person> match(List<Token> span) {
        int title = lexicon.titleLength(span, 0);
        List<Token> afterTitle = span.subList(title, span.size());
        if (title > 0 && name(afterTitle, false)) {
            return Optional.of(new Person(afterTitle, Evidence.TITLE));
        }
        if (span.size() > 1 && lexicon.isGivenName(span.get(0)) && name(span, true)) {
            return Optional.of(new Person(span, Evidence.RULE));
        }
        return Optional.empty();
    }

    /** Two or three name-like words ("Marloes Dekker", "Bart van Leeuwen"): the shape of a full name. */
    boolean looksLikeFullName(List<Token> span) {
        return span.stream().filter(token -> !isParticle(token)).count() >= 2 && name(span, true);
    }

    boolean isParticle(Token token) {
        return lexicon.isConnector(token) && PARTICLES.contains(token.text());
    }

    /**
     * One to three name-like words, maybe joined by particles and closed by "Jr" or "III"; a run
     * started by a given name may end on a title-like surname ("Martin Luther King").
     */
    private boolean name(List<Token> name, boolean startsWithGivenName) {
        boolean generation = name.size() > 1
                && GENERATIONS.contains(name.get(name.size() - 1).lower());
        List<Token> named = generation ? name.subList(0, name.size() - 1) : name;
        if (named.isEmpty() || isParticle(named.get(0)) || isParticle(named.get(named.size() - 1))) {
            return false;
        }
        List<Token> words = named.stream().filter(token -> !isParticle(token)).toList();
        return words.size() <= LONGEST_NAME
                && words.stream()
                        .allMatch(token -> token.capitalised()
                                && !token.acronym()
                                && !lexicon.isConnector(token)
                                && !lexicon.isCommonWord(token)
                                && !lexicon.isOrganisationWord(token)
                                && !lexicon.isPlaceSuffix(token)
                                && (startsWithGivenName || !lexicon.isTitleWord(token)));
    }
}
