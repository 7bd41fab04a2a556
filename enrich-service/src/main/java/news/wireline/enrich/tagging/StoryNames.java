package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.wireline.enrich.tagging.EntityClassifier.Unresolved;
import news.wireline.events.Tag.TagType;
import org.jspecify.annotations.Nullable;

/**
 * What a name is in one place of a story it is everywhere in it. Copy names a person in full
 * once, then by surname: "Ana Ruiz ... Ms. Ruiz ... Ruiz said", so shorter names that end a full
 * name fold into it. The same habit finds people nothing else knew: a two- or three-word proper
 * name whose ending the story uses alone is a person ("Marloes Dekker ... Dekker said"), even
 * where its context suggested otherwise ("the agency Hendra Gunawan ... Gunawan said"). A name
 * typed in one sentence is typed alike where another sentence gave no clue, and a lone name that
 * speaks and is nobody's surname is an organisation ("Eurostat said"). The whole story counts,
 * not only what came before, so a headline's "Ruiz" counts too. A surname two people share folds
 * into neither.
 */
final class StoryNames {

    private static final Set<String> ORGANISATION_CLAUSE = Set.of("which");

    private final PersonNames persons;
    private final ContextWords words;

    StoryNames(Lexicon lexicon, ContextWords words) {
        this.persons = new PersonNames(lexicon);
        this.words = words;
    }

    List<Mention> resolve(List<Mention> mentions, List<Unresolved> unresolved) {
        Set<String> usedAlone = new HashSet<>();
        unresolved.forEach(run -> usedAlone.add(run.name()));
        List<Mention> all = new ArrayList<>();
        mentions.forEach(mention -> all.add(namedAgain(mention.name(), usedAlone) ? asPerson(mention) : mention));
        unresolved.stream()
                .filter(run -> fullName(run) && namedAgain(run.name(), usedAlone))
                .forEach(run -> all.add(new Mention(run.name(), TagType.PERSON, Evidence.RULE, run.span())));
        Map<String, Set<String>> fullNamesByEnding = fullNamesByEnding(all);
        Map<String, Mention> typedByName = new HashMap<>();
        all.forEach(mention -> typedByName.putIfAbsent(mention.name(), mention));
        List<Mention> resolved = new ArrayList<>();
        for (Mention mention : all) {
            String fullName = mention.type() == TagType.PERSON ? only(fullNamesByEnding.get(mention.name())) : null;
            resolved.add(fullName == null ? mention : mention.named(fullName));
        }
        for (Unresolved run : unresolved) {
            String fullName = only(fullNamesByEnding.get(run.name()));
            if (fullName != null) {
                resolved.add(new Mention(fullName, TagType.PERSON, Evidence.SURNAME, run.span()));
            } else if (typedByName.containsKey(run.name())) {
                resolved.add(typedByName.get(run.name()).at(run.span()));
            } else if (speaksAsAnOrganisation(run)) {
                resolved.add(new Mention(run.name(), TagType.ORGANISATION, Evidence.CONTEXT, run.span()));
            }
        }
        return resolved;
    }

    /** Some ending of the name ("Dekker", "Van Acker") stands alone elsewhere in the story. */
    private boolean namedAgain(String name, Set<String> usedAlone) {
        String[] parts = name.split(" ");
        for (int from = 1; from < parts.length; from++) {
            if (usedAlone.contains(String.join(" ", List.of(parts).subList(from, parts.length)))) {
                return parts.length <= 4;
            }
        }
        return false;
    }

    private Mention asPerson(Mention mention) {
        boolean retype = mention.evidence() == Evidence.CONTEXT && mention.type() != TagType.PERSON;
        return retype ? new Mention(mention.name(), TagType.PERSON, Evidence.RULE, mention.span()) : mention;
    }

    private boolean fullName(Unresolved run) {
        return run.tokens().size() > 1
                && persons.looksLikeFullName(run.tokens())
                && run.tokens().stream().allMatch(token -> persons.isParticle(token) || ContextRules.isName(token));
    }

    /** "Eurostat said", "Arianespace, which operates the rocket". */
    private boolean speaksAsAnOrganisation(Unresolved run) {
        List<Token> after = run.after();
        if (run.tokens().size() != 1 || !ContextRules.isName(run.tokens().get(0)) || after.isEmpty()) {
            return false;
        }
        boolean speaks = words.isSpeaking(after.get(0));
        boolean clause = after.size() > 1
                && after.get(0).text().equals(",")
                && ORGANISATION_CLAUSE.contains(after.get(1).text());
        return speaks || clause;
    }

    /** "Maria Ana Ruiz" is reachable as "Ana Ruiz" and "Ruiz". */
    private static Map<String, Set<String>> fullNamesByEnding(List<Mention> mentions) {
        Map<String, Set<String>> byEnding = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.type() != TagType.PERSON) {
                continue;
            }
            String[] parts = mention.name().split(" ");
            for (int from = 1; from < parts.length; from++) {
                String ending = String.join(" ", List.of(parts).subList(from, parts.length));
                byEnding.computeIfAbsent(ending, key -> new HashSet<>()).add(mention.name());
            }
        }
        return byEnding;
    }

    private static @Nullable String only(@Nullable Set<String> fullNames) {
        return fullNames != null && fullNames.size() == 1 ? fullNames.iterator().next() : null;
    }
}
