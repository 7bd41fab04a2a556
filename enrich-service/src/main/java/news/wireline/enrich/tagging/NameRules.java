package news.wireline.enrich.tagging;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.wireline.events.Tag.TagType;

/**
 * Patterns that make a span a name when no list knows it, in this order: an organisation head
 * word ("Special Operation Forces", "Cabinet of Ministers", "President's Office"), a place
 * suffix ("Sumy region", "Silicon Valley"), a place prefix ("Lake Baikal"), then the person
 * patterns of {@link PersonNames}. Spans start with a capital and never end on a connector.
 */
final class NameRules {

    // "of", "for", "de" open an organisation's complement ("Ministry of Defence"); "and" and "the" join two names.
    private static final Set<String> NOT_OPENING_A_COMPLEMENT = Set.of("and", "the", "y");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final PersonNames persons;

    NameRules(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.persons = new PersonNames(lexicon);
    }

    record Match(String name, TagType type, Evidence evidence) {}

    Optional<Match> match(List<Token> span) {
        if (span.size() < 2) {
            return Optional.empty();
        }
        if (organisation(span)) {
            return found(Token.render(span), TagType.ORGANISATION, Evidence.RULE);
        }
        // Apart from an owner before an organisation's head ("President's Office"), a possessive ends a name.
        if (span.subList(0, span.size() - 1).stream().anyMatch(Token::possessive)) {
            return Optional.empty();
        }
        if (placeBySuffix(span)) {
            return found(Token.render(span), TagType.PLACE, Evidence.RULE);
        }
        if (placeByPrefix(span)) {
            return found(Token.render(span), TagType.PLACE, Evidence.RULE);
        }
        return persons.match(span)
                .map(person -> new Match(Token.render(person.name()), TagType.PERSON, person.evidence()));
    }

    /** "Sumy region" is a place; "a Russian region" is not, it is Russia's. */
    private boolean placeBySuffix(List<Token> span) {
        List<Token> head = span.subList(0, span.size() - 1);
        return lexicon.isPlaceSuffix(span.get(span.size() - 1))
                && plainWord(span.get(0))
                && head.stream()
                        .allMatch(token -> persons.isParticle(token)
                                || plainWord(token) && !lexicon.isOrganisationWord(token) && !isDemonym(token));
    }

    private boolean isDemonym(Token token) {
        return gazetteer.lookup(token.text()).filter(Gazetteer.Entry::demonym).isPresent();
    }

    /** The head word may close the span or be followed by "of ..."; what precedes it is a plain modifier. */
    private boolean organisation(List<Token> span) {
        for (int head = 0; head < span.size(); head++) {
            if (lexicon.isOrganisationWord(span.get(head))
                    && modifiers(span.subList(0, head))
                    && complement(span, head + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What precedes the head: plain words, acronyms, an owner ("President's Office", "Women's
     * Tennis Association") and a complement of its own ("Port of Rotterdam Authority").
     * "Russia's Ministry" is Russia and a ministry: a known name's possessive ends a name.
     */
    private boolean modifiers(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean inner = i > 0 && i < tokens.size() - 1;
            if (inner && lexicon.isConnector(token) && !NOT_OPENING_A_COMPLEMENT.contains(token.text())) {
                continue;
            }
            boolean owner = token.possessive() && gazetteer.lookup(token.text()).isEmpty();
            if (!plainWord(token) && !token.acronym() || token.possessive() && !owner) {
                return false;
            }
        }
        return true;
    }

    /**
     * "of Defence", "for the Study of War", "of Trade and Industry". An "and" that follows a name
     * the gazetteer knows joins two names instead: "Bank of England and Silicon Valley Bank".
     */
    private boolean complement(List<Token> span, int from) {
        List<Token> tokens = span.subList(from, span.size());
        if (tokens.isEmpty()) {
            return true;
        }
        for (int i = from; i < span.size(); i++) {
            if (span.get(i).text().equals("and")
                    && gazetteer.lookup(span.subList(0, i)).isPresent()) {
                return false;
            }
        }
        Token opening = tokens.get(0);
        boolean innerPossessive = tokens.subList(0, tokens.size() - 1).stream().anyMatch(Token::possessive);
        return lexicon.isConnector(opening)
                && !NOT_OPENING_A_COMPLEMENT.contains(opening.text())
                && !innerPossessive
                && tokens.stream()
                        .allMatch(token ->
                                lexicon.isConnector(token) || token.capitalised() && !lexicon.isCommonWord(token));
    }

    private boolean placeByPrefix(List<Token> span) {
        List<Token> rest = span.subList(1, span.size());
        boolean ofForm = lexicon.isConnector(rest.get(0)) && rest.size() > 1;
        List<Token> name = ofForm ? rest.subList(1, rest.size()) : rest;
        return lexicon.isPlacePrefix(span.get(0))
                && name.stream().allMatch(this::plainWord)
                && !lexicon.isOrganisationWord(span.get(span.size() - 1));
    }

    /** A capitalised word or initial that is not a connector, function word or date. */
    private boolean plainWord(Token token) {
        return token.capitalised() && !lexicon.isConnector(token) && !lexicon.isCommonWord(token);
    }

    private static Optional<Match> found(String name, TagType type, Evidence evidence) {
        return Optional.of(new Match(name, type, evidence));
    }
}
