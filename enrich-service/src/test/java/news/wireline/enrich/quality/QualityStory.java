package news.wireline.enrich.quality;

import java.util.List;
import java.util.Set;
import news.wireline.events.Story;
import news.wireline.events.Tag.TagType;

/**
 * One labelled story of a quality set: the story as parsed, what an editor would tag in it, and
 * the IPTC Media Topic codes ("medtop:15000000") an editor would file it under.
 */
record QualityStory(String id, Story story, List<Expected> expected, Set<String> subjects) {

    /** The story without its caption, credit, byline and teasers: all an editor tags from. */
    Story headlineAndBody() {
        return new Story(
                story.headline(),
                story.section(),
                story.readTimeMinutes(),
                List.of(),
                story.body(),
                List.of(),
                null,
                story.language());
    }

    /** One entity an editor tags; {@code spellings} are the names that count as finding it, preferred first. */
    record Expected(TagType type, List<String> spellings) {

        boolean matches(TagType type, String name) {
            return this.type == type && Set.copyOf(spellings).contains(name);
        }

        String name() {
            return spellings.get(0);
        }
    }
}
