package news.wireline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A wire story was accepted, parsed and given its id and version. {@code contentHash} identifies
 * the exact content, so an identical re-send is recognised as one. A kill is a version too, with
 * a withdrawn {@link Release}.
 *
 * <p>{@code earlierVersions} names the story's other versions, at most {@link #MAX_EARLIER_VERSIONS}
 * (the latest ones), so the one event that compaction keeps of a story is still enough to know
 * its earlier copy. Empty for a first version, and in events written before it existed.
 */
public record StoryIngested(
        int schemaVersion,
        StoryId id,
        int version,
        String desk,
        String contentHash,
        Release release,
        Story story,
        Timeline timeline,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EarlierVersion> earlierVersions) {

    public static final int SCHEMA_VERSION = 1;
    /** Under 11 KB of JSON at most (9 KB while versions stay under 1,000); wire stories rarely reach a few dozen versions. */
    public static final int MAX_EARLIER_VERSIONS = 200;

    public StoryIngested {
        earlierVersions = earlierVersions == null ? List.of() : List.copyOf(earlierVersions);
    }

    /** A version with no earlier versions named. */
    public StoryIngested(
            int schemaVersion,
            StoryId id,
            int version,
            String desk,
            String contentHash,
            Release release,
            Story story,
            Timeline timeline) {
        this(schemaVersion, id, version, desk, contentHash, release, story, timeline, List.of());
    }
}
