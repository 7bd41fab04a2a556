package news.wireline.publish.store;

import java.time.Instant;
import java.util.List;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import org.jspecify.annotations.Nullable;

/**
 * What a list of stories shows of a live one: its headline, first paragraph and best tags, read from
 * columns written for listing rather than from the whole document. A long story can carry a hundred
 * tags; the story itself has them all.
 */
public record ListedStory(
        StoryId id,
        int version,
        String headline,
        @Nullable String section,
        @Nullable String summary,
        String desk,
        int urgency,
        Instant publishedAt,
        Instant updatedAt,
        ListedTags bestTags,
        List<LiveLink> related) {

    /** Enrich lists a story's tags best first; a listing names this many (V4 backfilled the same). */
    public static final int BEST_TAGS = 10;

    public ListedStory {
        related = List.copyOf(related);
    }

    /** A story's summary is its first paragraph. */
    public static @Nullable String summaryOf(Story story) {
        return story.body().isEmpty() ? null : story.body().get(0);
    }

    static List<Tag> bestTagsOf(StoryEnriched story) {
        return story.tags().subList(0, Math.min(BEST_TAGS, story.tags().size()));
    }

    public FeedPosition position() {
        return new FeedPosition(publishedAt, id);
    }

    ListedStory withRelated(List<LiveLink> links) {
        return new ListedStory(
                id, version, headline, section, summary, desk, urgency, publishedAt, updatedAt, bestTags, links);
    }
}
