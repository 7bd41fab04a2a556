package news.wireline.publish.store;

import news.wireline.events.StoryEnriched;

import java.time.Instant;

/** A story as the feed store holds it: its current version and when it first and last changed. */
public record StoredStory(StoryEnriched story, Instant publishedAt, Instant updatedAt) {

    public FeedPosition position() {
        return new FeedPosition(publishedAt, story.id());
    }
}
