package news.wireline.events;

import java.util.List;

/** An ingested story with its tags and links to related earlier stories. */
public record StoryEnriched(
        int schemaVersion,
        StoryId id,
        int version,
        String desk,
        String contentHash,
        Release release,
        Story story,
        List<Tag> tags,
        List<RelatedLink> related,
        Timeline timeline) {

    public static final int SCHEMA_VERSION = 1;

    public StoryEnriched {
        tags = List.copyOf(tags);
        related = List.copyOf(related);
    }

    public static StoryEnriched of(
            StoryIngested ingested, List<Tag> tags, List<RelatedLink> related, Timeline timeline) {
        return new StoryEnriched(
                SCHEMA_VERSION,
                ingested.id(),
                ingested.version(),
                ingested.desk(),
                ingested.contentHash(),
                ingested.release(),
                ingested.story(),
                tags,
                related,
                timeline);
    }
}
