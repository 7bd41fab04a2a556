package news.wireline.publish.store;

import news.wireline.events.StoryId;

import java.time.Instant;

/** A place in the newest-first feed; unique because story ids are. */
public record FeedPosition(Instant publishedAt, StoryId id) {
}
