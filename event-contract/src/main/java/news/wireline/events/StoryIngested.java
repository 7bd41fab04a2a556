package news.wireline.events;

/**
 * A wire story was accepted, parsed and given its id and version. {@code contentHash} identifies
 * the exact content, so an identical re-send is recognised as one. A kill is a version too, with
 * a withdrawn {@link Release}.
 */
public record StoryIngested(
        int schemaVersion,
        StoryId id,
        int version,
        String desk,
        String contentHash,
        Release release,
        Story story,
        Timeline timeline) {

    public static final int SCHEMA_VERSION = 1;
}
