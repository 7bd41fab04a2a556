package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.wireline.events.Tag.TagType;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a candidate into names, reading left to right and taking at each position the longest
 * span that something recognises: the story's own acronyms, then the gazetteer, then the rules.
 * Longest-first is what keeps "UN General Assembly" from turning "General Assembly" into a
 * person, and splits "Hungarian Prime Minister Viktor Orban" into a demonym and a person.
 * A run of capitalised words nothing recognises is typed from its context if it can be
 * ({@link ContextRules}); otherwise it is handed back, a possible surname or a full name whose
 * surname the story uses later.
 */
final class EntityClassifier {

    private static final int LONGEST_SPAN = 8;

    private final Gazetteer gazetteer;
    private final NameRules rules;
    private final ContextRules context;
    private final ContextWords words;
    private final Lexicon lexicon;

    EntityClassifier(Gazetteer gazetteer, NameRules rules, ContextRules context, ContextWords words, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.context = context;
        this.words = words;
        this.lexicon = lexicon;
    }

    /** Capitalised words nothing recognised, with where they stand and the tokens right after them. */
    record Unresolved(List<Token> tokens, TextSpan span, List<Token> after) {

        String name() {
            return Token.render(tokens);
        }
    }

    /** The names found, what nothing recognised, and what the candidate's last span was taken for. */
    record Classification(List<Mention> mentions, List<Unresolved> unresolved, Optional<Mention> last) {}

    Classification classify(Candidate candidate, StoryAliases aliases) {
        CandidateReading reading = new CandidateReading(candidate, context, words);
        List<Token> tokens = candidate.tokens();
        int start = 0;
        while (start < tokens.size()) {
            Token first = tokens.get(start);
            Optional<Span> span = first.capitalised() ? longestAt(candidate, start, aliases) : Optional.empty();
            if (span.isPresent()) {
                reading.known(span.get().mention(), span.get().end());
                start = span.get().end();
                continue;
            }
            List<Mention> parts = hyphenatedNames(first, candidate.span(start, start + 1));
            if (!parts.isEmpty()) {
                reading.parts(parts);
            } else if (first.capitalised() && !lexicon.isCommonWord(first)) {
                reading.unknown(start);
            } else if (!lexicon.isConnector(first) || words.isConjunction(first)) {
                reading.resolvePending();
            }
            start++;
        }
        reading.resolvePending();
        return reading.result();
    }

    /** A recognised span; a null mention is a non-entity ("Tour de France") that hides the names inside it. */
    private record Span(@Nullable Mention mention, int end) {}

    private Optional<Span> longestAt(Candidate candidate, int start, StoryAliases aliases) {
        List<Token> tokens = candidate.tokens();
        for (int end = Math.min(tokens.size(), start + LONGEST_SPAN); end > start; end--) {
            List<Token> span = tokens.subList(start, end);
            if (lexicon.isConnector(span.get(span.size() - 1))) {
                continue;
            }
            if (words.isNonEntity(span)) {
                return Optional.of(new Span(null, end));
            }
            Optional<Mention> mention = recognise(span, candidate, candidate.span(start, end), aliases);
            if (mention.isPresent() && !modifiesATitle(mention.get(), tokens, end)) {
                return Optional.of(new Span(mention.get(), end));
            }
        }
        return Optional.empty();
    }

    /** "Russia-Ukraine war", "Israel-Hamas ceasefire": a compound nothing knows whole may join known names. */
    private List<Mention> hyphenatedNames(Token token, TextSpan where) {
        if (!token.text().contains("-")) {
            return List.of();
        }
        List<Mention> names = new ArrayList<>();
        for (String part : token.text().split("-")) {
            gazetteer.lookup(part).ifPresent(entry -> names.add(mention(entry, where)));
        }
        return names;
    }

    private static Mention mention(Gazetteer.Entry entry, TextSpan where) {
        Evidence evidence = entry.demonym() ? Evidence.DEMONYM : Evidence.GAZETTEER;
        return new Mention(entry.name(), entry.type(), evidence, where);
    }

    /** "General Motors CEO Mary Barra": a name directly before a title qualifies the title, it is not a person. */
    private boolean modifiesATitle(Mention mention, List<Token> tokens, int end) {
        return mention.type() == TagType.PERSON && end < tokens.size() && lexicon.titleLength(tokens, end) > 0;
    }

    private Optional<Mention> recognise(List<Token> span, Candidate candidate, TextSpan where, StoryAliases aliases) {
        Optional<Mention> defined = aliases.lookup(Token.render(span), where);
        if (defined.isPresent()) {
            return defined;
        }
        Optional<Gazetteer.Entry> known = gazetteer.lookup(span);
        if (known.isPresent()) {
            return Optional.of(mention(known.get(), where));
        }
        // Rules never start on a word capitalised for grammar's sake ("The Kyiv Independent" → "Kyiv Independent").
        if (!candidate.rulesApply() || lexicon.isCommonWord(span.get(0))) {
            return Optional.empty();
        }
        if (span.size() > 1 && words.isCompass(span.get(0)) && knownPlace(span.subList(1, span.size()))) {
            return Optional.of(new Mention(Token.render(span), TagType.PLACE, Evidence.RULE, where));
        }
        return rules.match(span).map(match -> new Mention(match.name(), match.type(), match.evidence(), where));
    }

    /** "North Darfur", "Northern Europe": a compass word before a known place names a part of it. */
    private boolean knownPlace(List<Token> span) {
        return gazetteer
                .lookup(span)
                .filter(entry -> entry.type() == TagType.PLACE && !entry.demonym())
                .isPresent();
    }
}
