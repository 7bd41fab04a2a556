package news.wireline.enrich.quality;

import java.util.List;
import java.util.Set;
import news.wireline.events.Story;
import news.wireline.events.Tag.TagType;

/** One labelled story of the quality set: the story as parsed, and what an editor would tag in it. */
record QualityStory(String id, Story story, List<Expected> expected) {

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
