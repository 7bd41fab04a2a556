package news.wireline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story version became visible to readers, or a story was withdrawn from them. Downstream
 * consumers subscribe to this; {@code url} is where a reader finds the story's current version.
 *
 * <p>{@code versionUrl} and {@code content} were added within schema version 1, so events written
 * before read with them null. {@code versionUrl} serves exactly the version announced, for as long
 * as readers may see the story. {@code content} is the rest of that version, left out of a
 * withdrawal and of a version too large to carry whole: then {@code versionUrl} is where it is.
 */
public record StoryPublished(
        int schemaVersion,
        StoryId id,
        int version,
        ChangeType change,
        int urgency,
        String headline,
        @Nullable String section,
        String url,
        List<Tag> tags,
        Timeline timeline,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String versionUrl,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable StoryContent content) {

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
