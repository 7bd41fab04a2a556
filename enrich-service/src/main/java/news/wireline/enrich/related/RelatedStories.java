package news.wireline.enrich.related;

import news.wireline.events.RelatedLink;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds earlier stories that share people, places and organisations with a new one. Every
 * instance rebuilds the index from the enriched topic, so all instances link alike.
 */
public class RelatedStories {

    private static final Set<Tag.TagType> LINKING_TYPES = Set.of(Tag.TagType.PERSON, Tag.TagType.PLACE, Tag.TagType.ORGANISATION);
    private static final Comparator<RelatedLink> STRONGEST_FIRST =
            Comparator.comparingDouble(RelatedLink::score).reversed().thenComparing(link -> link.id().value());

    private final Map<StoryId, Entry> stories = new ConcurrentHashMap<>();
    private final RelatedSettings settings;

    public RelatedStories(RelatedSettings settings) {
        this.settings = settings;
    }

    /** Earlier stories sharing enough entities with these tags, best first; never the story itself. */
    public List<RelatedLink> relatedTo(StoryId id, List<Tag> tags) {
        Set<String> mine = entityKeys(tags);
        return stories.entrySet().stream()
                .filter(other -> !other.getKey().equals(id))
                .map(other -> link(other.getKey(), other.getValue(), mine))
                .filter(link -> link.sharedTags().size() >= settings.minSharedTags())
                .sorted(STRONGEST_FIRST)
                .limit(settings.maxLinks())
                .toList();
    }

    /** Keeps only the latest version of each story, so a correction's new tags replace the old ones. */
    public void remember(StoryEnriched story) {
        Entry entry = new Entry(story.version(), story.story().headline(), entityKeys(story.tags()));
        stories.merge(story.id(), entry, (known, seen) -> seen.version() >= known.version() ? seen : known);
    }

    private static RelatedLink link(StoryId id, Entry other, Set<String> mine) {
        Set<String> shared = new TreeSet<>(mine);
        shared.retainAll(other.entities());
        Set<String> union = new TreeSet<>(mine);
        union.addAll(other.entities());
        double jaccard = union.isEmpty() ? 0 : (double) shared.size() / union.size();
        List<String> names = shared.stream().map(key -> key.substring(key.indexOf(':') + 1)).toList();
        return new RelatedLink(id, other.headline(), Math.round(jaccard * 1000) / 1000.0, names);
    }

    private static Set<String> entityKeys(List<Tag> tags) {
        return tags.stream().filter(tag -> LINKING_TYPES.contains(tag.type()))
                .map(tag -> tag.type() + ":" + tag.name())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private record Entry(int version, String headline, Set<String> entities) {
    }
}
