package news.wireline.events;

import java.util.List;

/**
 * A story version became visible to readers, or a story was withdrawn from them. Downstream
 * consumers subscribe to this; {@code url} is where a reader finds the story.
 */
public record StoryPublished(
        int schemaVersion,
        StoryId id,
        int version,
        ChangeType change,
        int urgency,
        String headline,
        String section,
        String url,
        List<Tag> tags,
        Timeline timeline) {

    public static final int SCHEMA_VERSION = 1;

    public StoryPublished {
        tags = List.copyOf(tags);
    }

    /** A story's first visible version, a later version replacing it, or its removal from every feed. */
    public enum ChangeType {
        PUBLISHED,
        UPDATED,
        WITHDRAWN
    }
}
