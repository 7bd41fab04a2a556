package news.wireline.enrich.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import news.wireline.events.Tag.TagType;

/**
 * Acronyms a story defines for itself: "the Central Election Commission (CEC)" makes "CEC" name
 * that commission throughout the story, the headline included, since headlines often use the
 * short form the body defines. A long form nothing else recognises still counts as an
 * organisation when the acronym spells its initials, because that is how organisations are introduced.
 */
final class StoryAliases {

    private static final StoryAliases NONE = new StoryAliases(Map.of());

    private final Map<String, Mention> byName;

    private StoryAliases(Map<String, Mention> byName) {
        this.byName = Map.copyOf(byName);
    }

    static StoryAliases none() {
        return NONE;
    }

    static StoryAliases definedIn(List<Candidate> candidates, EntityClassifier classifier, Lexicon lexicon) {
        Map<String, Mention> byName = new HashMap<>();
        for (Candidate candidate : candidates) {
            String acronym = candidate.acronym();
            if (acronym == null) {
                continue;
            }
            Optional<Mention> named = classifier.classify(candidate, NONE).last();
            if (named.isPresent()) {
                byName.putIfAbsent(key(acronym), named.get());
            } else {
                spelledOut(candidate, lexicon).ifPresent(longForm -> {
                    Mention organisation = new Mention(
                            longForm,
                            TagType.ORGANISATION,
                            Evidence.RULE,
                            candidate.span(0, candidate.tokens().size()));
                    byName.putIfAbsent(key(acronym), organisation);
                    byName.putIfAbsent(key(longForm), organisation);
                });
            }
        }
        return new StoryAliases(byName);
    }

    Optional<Mention> lookup(String name, TextSpan where) {
        return Optional.ofNullable(byName.get(key(name))).map(mention -> mention.at(where));
    }

    /** The trailing words of the candidate whose capitals spell the acronym: "Institute for the Study of War" for ISW. */
    private static Optional<String> spelledOut(Candidate candidate, Lexicon lexicon) {
        List<Token> tokens = candidate.tokens();
        String acronym = Objects.requireNonNull(candidate.acronym(), "only an acronym is spelled out")
                .replace(".", "");
        for (int start = 0; start < tokens.size(); start++) {
            List<Token> tail = tokens.subList(start, tokens.size());
            if (tail.size() < 2 || lexicon.isCommonWord(tail.get(0)) || lexicon.isConnector(tail.get(0))) {
                continue;
            }
            String initials = tail.stream()
                    .filter(token -> !lexicon.isConnector(token))
                    .map(token -> token.text().substring(0, 1))
                    .collect(Collectors.joining());
            if (initials.equals(acronym)) {
                return Optional.of(Token.render(tail));
            }
        }
        return Optional.empty();
    }

    /** Acronyms match as written; anything with lower case matches regardless of case. */
    private static String key(String name) {
        return name.chars().anyMatch(Character::isLowerCase) ? name.toLowerCase(Locale.ROOT) : name;
    }
}
