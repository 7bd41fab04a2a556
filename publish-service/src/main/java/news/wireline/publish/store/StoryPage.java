package news.wireline.publish.store;

import java.util.List;

/** One page of a feed; {@code next} is where the following page starts, or null on the last page. */
public record StoryPage(List<StoredStory> stories, FeedPosition next) {

    public StoryPage {
        stories = List.copyOf(stories);
    }
}
