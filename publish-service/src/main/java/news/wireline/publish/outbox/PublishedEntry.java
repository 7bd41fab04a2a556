package news.wireline.publish.outbox;

import news.wireline.events.StoryPublished;
import org.jspecify.annotations.Nullable;

/**
 * A sent event and its place in the order events became public. An entry whose stored event this
 * instance cannot read (written by a newer release, say) keeps its place with no event, so readers
 * move past it instead of stopping at it.
 */
public record PublishedEntry(long position, @Nullable StoryPublished event) {

    static PublishedEntry unreadable(long position) {
        return new PublishedEntry(position, null);
    }

    public boolean readable() {
        return event != null;
    }
}
