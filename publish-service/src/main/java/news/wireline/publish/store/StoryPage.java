package news.wireline.publish.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a feed, of whole stories or of their listings; {@code next} is where the following
 * page starts, or null on the last page.
 */
public record StoryPage<T>(List<T> stories, @Nullable FeedPosition next) {

    public StoryPage {
        stories = List.copyOf(stories);
    }
}
