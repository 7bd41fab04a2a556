package news.wireline.enrich.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.wireline.enrich.quality.QualityStory.Expected;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;

/**
 * The entity tags of some labelled stories scored per type, with every miss and false tag listed,
 * and the tags that came from a caption, credit, byline or teaser rather than the headline or body.
 */
final class EntityScores {

    static final List<TagType> ENTITY_TYPES = List.of(TagType.PERSON, TagType.PLACE, TagType.ORGANISATION);

    private final Map<TagType, Score> byType = new EnumMap<>(TagType.class);
    private final List<String> errors = new ArrayList<>();
    private int fromOutsideTheBody;

    /**
     * Each tag may find one labelled entity; a second tag for an entity already found is a false tag.
     * {@code headlineAndBodyTags} are the story's tags with its caption, credit, byline and teasers
     * left out: a tag missing from them was taken from those.
     */
    void add(QualityStory labelled, List<Tag> allTags, List<Tag> headlineAndBodyTags) {
        List<Tag> tags = allTags.stream()
                .filter(tag -> ENTITY_TYPES.contains(tag.type()))
                .toList();
        Set<String> fromTheBody = new HashSet<>();
        headlineAndBodyTags.forEach(tag -> fromTheBody.add(tag.type() + " " + tag.name()));
        for (Tag tag : tags) {
            if (!fromTheBody.contains(tag.type() + " " + tag.name())) {
                fromOutsideTheBody++;
                errors.add(
                        labelled.id() + "  from a caption, credit, byline or teaser  " + tag.type() + " " + tag.name());
            }
        }
        Set<Expected> found = new HashSet<>();
        for (Tag tag : tags) {
            Expected match = labelled.expected().stream()
                    .filter(expected -> expected.matches(tag.type(), tag.name()) && !found.contains(expected))
                    .findFirst()
                    .orElse(null);
            if (match != null) {
                found.add(match);
                byType.merge(tag.type(), new Score(1, 0, 0), Score::plus);
            } else {
                byType.merge(tag.type(), new Score(0, 1, 0), Score::plus);
                errors.add(labelled.id() + "  false  " + tag.type() + " " + tag.name());
            }
        }
        for (Expected expected : labelled.expected()) {
            if (!found.contains(expected)) {
                byType.merge(expected.type(), new Score(0, 0, 1), Score::plus);
                errors.add(labelled.id() + "  missed " + expected.type() + " " + expected.name());
            }
        }
    }

    Score of(TagType type) {
        return byType.getOrDefault(type, Score.NONE);
    }

    Score overall() {
        return byType.values().stream().reduce(Score.NONE, Score::plus);
    }

    /** By type name, or "OVERALL". */
    Score of(String measure) {
        return measure.equals("OVERALL") ? overall() : of(TagType.valueOf(measure));
    }

    /** How many tags came from a caption, credit, byline or teaser. */
    int fromOutsideTheBody() {
        return fromOutsideTheBody;
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    void print(String label) {
        System.out.println("== entities, " + label);
        ENTITY_TYPES.forEach(type -> System.out.println(of(type).line(type.name())));
        System.out.println(overall().line("OVERALL"));
        System.out.println("tags from a caption, credit, byline or teaser: " + fromOutsideTheBody);
    }
}
