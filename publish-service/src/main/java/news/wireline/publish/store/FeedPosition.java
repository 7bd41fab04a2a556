package news.wireline.publish.store;

import java.time.Instant;
import news.wireline.events.StoryId;

/** A place in the newest-first feed; unique because story ids are. */
public record FeedPosition(Instant publishedAt, StoryId id) {}
