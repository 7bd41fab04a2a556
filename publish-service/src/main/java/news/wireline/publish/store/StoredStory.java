package news.wireline.publish.store;

import java.time.Instant;
import java.util.List;
import news.wireline.events.StoryEnriched;
import org.jspecify.annotations.Nullable;

/**
 * A story as the feed store holds it: its current version, whether readers see it, when it became
 * visible and last changed, and its related stories that are live.
 */
public record StoredStory(
        StoryEnriched story,
        Visibility visibility,
        Instant publishedAt,
        Instant updatedAt,
        @Nullable Instant withdrawnAt,
        List<LiveLink> related) {

    public StoredStory {
        related = List.copyOf(related);
    }

    public FeedPosition position() {
        return new FeedPosition(publishedAt, story.id());
    }

    StoredStory withRelated(List<LiveLink> links) {
        return new StoredStory(story, visibility, publishedAt, updatedAt, withdrawnAt, links);
    }
}
