package news.wireline.enrich.tagging;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words around a name that say what it is, for names no list knows: a job word before a
 * person, a descriptor before an organisation, "city of" or "in" before a place, "said" after
 * someone speaking, and the non-entities (events, laws) whose names hide other names.
 */
final class ContextWords {

    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "around", "into", "across");
    // Lower-case words allowed between a locative and a place: "in northern Alberta".
    private static final Set<String> PLACE_ADJECTIVES = Set.of(
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern",
            "neighbouring",
            "neighboring",
            "nearby",
            "coastal",
            "rural",
            "occupied",
            "downtown");
    private static final Set<String> COMPASS = Set.of(
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "upper",
            "lower",
            "greater");
    private static final Set<String> SPEAKING = Set.of(
            "said",
            "says",
            "told",
            "added",
            "warned",
            "wrote",
            "announced",
            "insisted",
            "argued",
            "explained",
            "noted",
            "confirmed",
            "denied",
            "urged",
            "tweeted");
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "y");
    // Lower-case heads written after an organisation's own name: "the FNV union", "his National Renewal party".
    private static final Set<String> ORGANISATION_NOUNS = Set.of(
            "party",
            "union",
            "agency",
            "group",
            "club",
            "council",
            "committee",
            "commission",
            "ministry",
            "company",
            "corporation",
            "alliance",
            "coalition",
            "movement",
            "federation",
            "association",
            "foundation",
            "institute",
            "university",
            "authority",
            "bureau",
            "militia",
            "league",
            "regulator",
            "operator");

    private final Set<String> roles;
    private final Set<String> descriptors;
    private final Set<String> placeNouns;
    private final Set<String> nonEntities;
    private final Set<String> nonEntityEndings;

    private ContextWords(Set<String> roles, Set<String> descriptors, Set<String> placeNouns, List<String> nonEntities) {
        this.roles = roles;
        this.descriptors = descriptors;
        this.placeNouns = placeNouns;
        this.nonEntities = nonEntities.stream()
                .filter(line -> !line.startsWith("* "))
                .map(ContextWords::lower)
                .collect(Collectors.toUnmodifiableSet());
        this.nonEntityEndings = nonEntities.stream()
                .filter(line -> line.startsWith("* "))
                .map(line -> lower(line.substring(2)))
                .collect(Collectors.toUnmodifiableSet());
    }

    static ContextWords bundled() {
        return new ContextWords(
                set("roles.txt"),
                set("organisation-descriptors.txt"),
                set("place-nouns.txt"),
                ResourceLines.read("non-entities.txt"));
    }

    boolean isRole(Token token) {
        return token.isWord() && roles.contains(token.lower());
    }

    /** "agency" before a name, or "economists at". */
    boolean introducesOrganisation(List<Token> before) {
        int n = before.size();
        if (n >= 1
                && isLowerWord(before.get(n - 1))
                && descriptors.contains(before.get(n - 1).text())) {
            return true;
        }
        return n >= 2
                && before.get(n - 1).text().equals("at")
                && descriptors.contains(before.get(n - 2).lower() + " at");
    }

    /** "the city of", "in", "in northern". */
    boolean introducesPlace(List<Token> before) {
        int n = before.size();
        if (n >= 2
                && before.get(n - 1).text().equals("of")
                && placeNouns.contains(before.get(n - 2).text())) {
            return true;
        }
        int last = n >= 1 && PLACE_ADJECTIVES.contains(before.get(n - 1).text()) ? n - 2 : n - 1;
        return last >= 0 && LOCATIVES.contains(before.get(last).text());
    }

    /** "union" in "the FNV union". */
    boolean isOrganisationNoun(Token token) {
        return isLowerWord(token) && ORGANISATION_NOUNS.contains(token.text());
    }

    boolean isCompass(Token token) {
        return token.capitalised() && COMPASS.contains(token.lower());
    }

    boolean isSpeaking(Token token) {
        return SPEAKING.contains(token.text());
    }

    boolean isCoordinator(Token token) {
        return COORDINATORS.contains(token.text());
    }

    /** "and" joins two names, it is never inside an unknown one ("Nsanje and Chikwawa"). */
    boolean isConjunction(Token token) {
        return CONJUNCTIONS.contains(token.text());
    }

    /** An event, competition, law or award: "Tour de France", "Digital Services Act". */
    boolean isNonEntity(List<Token> span) {
        return span.size() > 1
                && (nonEntities.contains(lower(Token.render(span)))
                        || nonEntityEndings.contains(span.get(span.size() - 1).lower())
                                && span.get(0).capitalised());
    }

    private static boolean isLowerWord(Token token) {
        return token.kind() == Token.Kind.WORD && !token.capitalised();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static Set<String> set(String resource) {
        return ResourceLines.read(resource).stream().map(ContextWords::lower).collect(Collectors.toUnmodifiableSet());
    }
}
