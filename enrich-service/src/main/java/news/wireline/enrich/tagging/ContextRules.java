package news.wireline.enrich.tagging;

import java.util.List;
import java.util.Optional;
import news.wireline.events.Tag.TagType;
import org.jspecify.annotations.Nullable;

/**
 * Types a run of proper nouns that no list or naming pattern recognised, from the words around
 * it, as a reader would: "union negotiator Marloes Dekker" is a person, "the video platform
 * Streamly" an organisation, "the port city of Izmail" and "in northern Alberta" places, and a
 * name joined by "and" to a known one is of its kind ("Lagos and Kano"). A sentence's first word
 * qualifies only if OpenNLP's tagger calls it a proper noun, so "Shelling hit..." never does.
 */
final class ContextRules {

    private static final int CONTEXT = 3;

    private final ContextWords words;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final PersonNames persons;

    ContextRules(ContextWords words, Lexicon lexicon, Gazetteer gazetteer) {
        this.words = words;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.persons = new PersonNames(lexicon);
    }

    /** Tokens {@code start} to {@code end} of the candidate, typed by context; {@code previous} is the name just before, if any. */
    Optional<Mention> match(Candidate candidate, int start, int end, Optional<Mention> previous) {
        List<Token> run = candidate.tokens().subList(start, end);
        if (!candidate.rulesApply() || !properNouns(run)) {
            return Optional.empty();
        }
        TagType type = typeFrom(run, candidate.before(start, CONTEXT), candidate.after(end, CONTEXT), previous);
        return Optional.ofNullable(type)
                .map(found -> new Mention(Token.render(run), found, Evidence.CONTEXT, candidate.span(start, end)));
    }

    private @Nullable TagType typeFrom(
            List<Token> run, List<Token> before, List<Token> after, Optional<Mention> previous) {
        boolean personShaped = persons.looksLikeFullName(run);
        if (!after.isEmpty() && (words.isOrganisationNoun(after.get(0)) || namesSomeone(after))) {
            return TagType.ORGANISATION;
        }
        if (words.introducesOrganisation(before)) {
            return TagType.ORGANISATION;
        }
        if (personShaped && !before.isEmpty() && words.isRole(last(before))) {
            return TagType.PERSON;
        }
        if (words.introducesPlace(before) || run.size() == 1 && followedByKnownPlace(after)) {
            return TagType.PLACE;
        }
        if (previous.isPresent() && (previous.get().type() != TagType.PERSON || personShaped)) {
            return previous.get().type();
        }
        if (personShaped && !after.isEmpty() && words.isSpeaking(after.get(0))) {
            return TagType.PERSON;
        }
        return null;
    }

    /** "Feyenoord striker Yusuf Demir": a name before a job and a person's name is who they work for. */
    private boolean namesSomeone(List<Token> after) {
        return after.size() > 1 && words.isRole(after.get(0)) && after.get(1).capitalised();
    }

    /** "Friedrichshafen, Germany". */
    private boolean followedByKnownPlace(List<Token> after) {
        if (after.size() < 2 || !after.get(0).text().equals(",")) {
            return false;
        }
        Token next = after.get(1);
        return !next.possessive()
                && gazetteer
                        .lookup(next.text())
                        .filter(entry -> entry.type() == TagType.PLACE && !entry.demonym())
                        .isPresent();
    }

    /** Names, not capitalised common words, and not only organisation or title words ("Union", "Assistant"). */
    private boolean properNouns(List<Token> run) {
        List<Token> named =
                run.stream().filter(token -> !lexicon.isConnector(token)).toList();
        return !named.isEmpty()
                && named.stream().allMatch(token -> isName(token) && !lexicon.isCommonWord(token))
                && !named.stream().allMatch(token -> lexicon.isOrganisationWord(token) || lexicon.isTitleWord(token));
    }

    /**
     * Mid-sentence, a capital marks a name. A sentence's first word is capitalised anyway, so
     * there OpenNLP's tagger decides; it is not trusted elsewhere, as it often takes an unknown
     * name for a common word ("Streamly" an adverb, "Fitch" a noun).
     */
    static boolean isName(Token token) {
        return !token.sentenceStart() || token.properNoun();
    }

    private static Token last(List<Token> tokens) {
        return tokens.get(tokens.size() - 1);
    }
}
