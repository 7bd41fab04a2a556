package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import news.wireline.events.Tag.TagType;

/**
 * Cuts a candidate into names, reading left to right and taking at each position the longest
 * span that something recognises: the story's own acronyms, then the gazetteer, then the rules.
 * Longest-first is what keeps "UN General Assembly" from turning "General Assembly" into a
 * person, and splits "Hungarian Prime Minister Viktor Orban" into a demonym and a person.
 * Capitalised words nothing recognises are handed back as leftovers (possible surnames).
 */
final class EntityClassifier {

    private static final int LONGEST_SPAN = 8;

    private final Gazetteer gazetteer;
    private final NameRules rules;
    private final Lexicon lexicon;

    EntityClassifier(Gazetteer gazetteer, NameRules rules, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.lexicon = lexicon;
    }

    /** The names found, leftover capitalised words, and what the candidate's last span was taken for. */
    record Classification(List<Mention> mentions, List<Token> leftovers, Optional<Mention> last) {
    }

    Classification classify(Candidate candidate, StoryAliases aliases) {
        List<Token> tokens = candidate.tokens();
        List<Mention> mentions = new ArrayList<>();
        List<Token> leftovers = new ArrayList<>();
        Mention last = null;
        int start = 0;
        while (start < tokens.size()) {
            Token first = tokens.get(start);
            Optional<Span> span = first.capitalised() ? longestAt(candidate, start, aliases) : Optional.empty();
            if (span.isPresent()) {
                mentions.add(span.get().mention());
                last = span.get().end() == tokens.size() ? span.get().mention() : null;
                start = span.get().end();
            } else {
                List<Mention> parts = hyphenatedNames(first, candidate.inHeadline());
                mentions.addAll(parts);
                if (parts.isEmpty() && first.capitalised() && !lexicon.isCommonWord(first)) {
                    leftovers.add(first);
                }
                last = null;
                start++;
            }
        }
        return new Classification(mentions, leftovers, Optional.ofNullable(last));
    }

    private record Span(Mention mention, int end) {
    }

    private Optional<Span> longestAt(Candidate candidate, int start, StoryAliases aliases) {
        List<Token> tokens = candidate.tokens();
        for (int end = Math.min(tokens.size(), start + LONGEST_SPAN); end > start; end--) {
            List<Token> span = tokens.subList(start, end);
            if (lexicon.isConnector(span.get(span.size() - 1))) {
                continue;
            }
            Optional<Mention> mention = recognise(span, candidate, aliases);
            if (mention.isPresent() && !modifiesATitle(mention.get(), tokens, end)) {
                return Optional.of(new Span(mention.get(), end));
            }
        }
        return Optional.empty();
    }

    /** "Russia-Ukraine war", "Israel-Hamas ceasefire": a compound nothing knows whole may join known names. */
    private List<Mention> hyphenatedNames(Token token, boolean inHeadline) {
        if (!token.text().contains("-")) {
            return List.of();
        }
        List<Mention> names = new ArrayList<>();
        for (String part : token.text().split("-")) {
            gazetteer.lookup(part).ifPresent(entry -> names.add(mention(entry, inHeadline)));
        }
        return names;
    }

    private static Mention mention(Gazetteer.Entry entry, boolean inHeadline) {
        Evidence evidence = entry.demonym() ? Evidence.DEMONYM : Evidence.GAZETTEER;
        return new Mention(entry.name(), entry.type(), evidence, inHeadline);
    }

    /** "General Motors CEO Mary Barra": a name directly before a title qualifies the title, it is not a person. */
    private boolean modifiesATitle(Mention mention, List<Token> tokens, int end) {
        return mention.type() == TagType.PERSON && end < tokens.size() && lexicon.isTitleWord(tokens.get(end));
    }

    private Optional<Mention> recognise(List<Token> span, Candidate candidate, StoryAliases aliases) {
        boolean inHeadline = candidate.inHeadline();
        Optional<Mention> defined = aliases.lookup(Token.render(span), inHeadline);
        if (defined.isPresent()) {
            return defined;
        }
        Optional<Gazetteer.Entry> known = gazetteer.lookup(span);
        if (known.isPresent()) {
            return Optional.of(mention(known.get(), inHeadline));
        }
        // Rules never start on a word capitalised for grammar's sake ("The Kyiv Independent" → "Kyiv Independent").
        if (!candidate.rulesApply() || lexicon.isCommonWord(span.get(0))) {
            return Optional.empty();
        }
        return rules.match(span).map(match -> new Mention(match.name(), match.type(), match.evidence(), inHeadline));
    }
}
