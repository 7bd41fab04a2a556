package news.wireline.publish.outbox;

import news.wireline.events.StoryPublished;

/** A sent event and its place in the order events became public. */
public record PublishedEntry(long position, StoryPublished event) {
}
