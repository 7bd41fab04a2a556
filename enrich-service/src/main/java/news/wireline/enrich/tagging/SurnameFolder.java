package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.wireline.events.Tag.TagType;

/**
 * Copy names a person in full once, then by surname: "Ana Ruiz ... Ms. Ruiz ... Ruiz said".
 * Shorter names that end a full name fold into it, whether the rules found them ("Ms. Ruiz")
 * or nothing did ("Ruiz said"). Folding looks at the whole story rather than only what came
 * before, so a headline's "Ruiz" counts too. A surname two people share folds into neither.
 */
final class SurnameFolder {

    private SurnameFolder() {
    }

    record Leftover(Token token, boolean inHeadline) {
    }

    static List<Mention> fold(List<Mention> mentions, List<Leftover> leftovers) {
        Map<String, Set<String>> fullNamesByEnding = fullNamesByEnding(mentions);
        List<Mention> folded = new ArrayList<>();
        for (Mention mention : mentions) {
            String fullName = mention.type() == TagType.PERSON ? only(fullNamesByEnding.get(mention.name())) : null;
            folded.add(fullName == null ? mention : mention.named(fullName));
        }
        for (Leftover leftover : leftovers) {
            String fullName = only(fullNamesByEnding.get(leftover.token().text()));
            if (fullName != null) {
                folded.add(new Mention(fullName, TagType.PERSON, Evidence.SURNAME, leftover.inHeadline()));
            }
        }
        return folded;
    }

    /** "Maria Ana Ruiz" is reachable as "Ana Ruiz" and "Ruiz". */
    private static Map<String, Set<String>> fullNamesByEnding(List<Mention> mentions) {
        Map<String, Set<String>> byEnding = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.type() != TagType.PERSON) {
                continue;
            }
            String[] words = mention.name().split(" ");
            for (int from = 1; from < words.length; from++) {
                String ending = String.join(" ", List.of(words).subList(from, words.length));
                byEnding.computeIfAbsent(ending, key -> new HashSet<>()).add(mention.name());
            }
        }
        return byEnding;
    }

    private static String only(Set<String> fullNames) {
        return fullNames != null && fullNames.size() == 1 ? fullNames.iterator().next() : null;
    }
}
