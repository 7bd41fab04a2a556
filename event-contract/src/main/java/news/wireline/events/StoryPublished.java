package news.wireline.events;

import java.util.List;

/**
 * A story version is in the feed store and visible to readers. Downstream consumers subscribe to
 * this; {@code url} is where a reader finds the story.
 */
public record StoryPublished(
        int schemaVersion,
        StoryId id,
        int version,
        ChangeType change,
        String headline,
        String section,
        String url,
        List<Tag> tags,
        Timeline timeline) {

    public static final int SCHEMA_VERSION = 1;

    public StoryPublished {
        tags = List.copyOf(tags);
    }

    public enum ChangeType { PUBLISHED, UPDATED }
}
