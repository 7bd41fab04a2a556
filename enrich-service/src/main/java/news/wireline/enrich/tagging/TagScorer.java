package news.wireline.enrich.tagging;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;

/**
 * Turns mentions into tags. Confidence starts from the strongest evidence for the entity and
 * each further mention, and a headline mention, removes a share of the remaining doubt, so it
 * rises with evidence but never reaches 1: no rule here is certain.
 */
final class TagScorer {

    static final double DOUBT_KEPT_PER_EXTRA_MENTION = 0.85;
    static final double DOUBT_KEPT_FOR_HEADLINE = 0.70;

    private static final Comparator<Tag> MOST_CONFIDENT_FIRST = Comparator.comparingDouble(Tag::confidence)
            .reversed()
            .thenComparing(Tag::name)
            .thenComparing(Tag::type);

    private TagScorer() {}

    private record Key(String name, TagType type) {}

    /** The tags with the spans of every mention behind them, most confident first, then by name and type. */
    static List<TagEvidence> explain(List<Mention> mentions) {
        Map<Key, List<Mention>> byEntity = mentions.stream()
                .collect(Collectors.groupingBy(
                        mention -> new Key(mention.name(), mention.type()), LinkedHashMap::new, Collectors.toList()));
        return byEntity.entrySet().stream()
                .map(entry -> new TagEvidence(tag(entry.getKey(), entry.getValue()), spans(entry.getValue())))
                .sorted(Comparator.comparing(TagEvidence::tag, MOST_CONFIDENT_FIRST))
                .toList();
    }

    private static List<TextSpan> spans(List<Mention> mentions) {
        return mentions.stream()
                .map(Mention::span)
                .sorted(Comparator.comparing(TextSpan::part)
                        .thenComparingInt(TextSpan::paragraph)
                        .thenComparingInt(TextSpan::start))
                .toList();
    }

    static double confidence(List<Mention> mentions) {
        double strongest = mentions.stream()
                .mapToDouble(m -> m.evidence().confidence())
                .max()
                .orElse(0);
        double doubt = (1 - strongest) * Math.pow(DOUBT_KEPT_PER_EXTRA_MENTION, mentions.size() - 1);
        if (mentions.stream().anyMatch(Mention::inHeadline)) {
            doubt *= DOUBT_KEPT_FOR_HEADLINE;
        }
        // Rounded so that equal evidence gives equal, comparable numbers on every JVM.
        return Math.round((1 - doubt) * 1000) / 1000.0;
    }

    private static Tag tag(Key key, List<Mention> mentions) {
        return new Tag(key.name(), key.type(), confidence(mentions), mentions.size());
    }
}
