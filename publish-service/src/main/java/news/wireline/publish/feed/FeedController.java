package news.wireline.publish.feed;

import news.wireline.events.StoryId;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.FeedStore;
import news.wireline.publish.store.StoredStory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The reader-facing JSON API: the feed newest first, one page at a time, and single stories. */
@RestController
class FeedController {

    private final FeedStore store;
    private final PublishSettings settings;

    FeedController(FeedStore store, PublishSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @GetMapping("/feed")
    FeedPage feed(@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String cursor) {
        int pageSize = Math.max(1, Math.min(limit, settings.maxPageSize()));
        List<StoredStory> stories = store.newest(cursor == null ? null : FeedCursor.decode(cursor), pageSize + 1);
        boolean more = stories.size() > pageSize;
        List<StoredStory> page = more ? stories.subList(0, pageSize) : stories;
        String next = more ? FeedCursor.encode(page.get(page.size() - 1).position()) : null;
        return new FeedPage(page.stream().map(story -> FeedItem.of(story, settings)).toList(), next);
    }

    @GetMapping("/stories/{id}")
    ResponseEntity<StoryView> story(@PathVariable String id) {
        return store.find(FeedCursor.storyId(id))
                .map(story -> ResponseEntity.ok(StoryView.of(story, settings)))
                .orElse(ResponseEntity.notFound().build());
    }

    record FeedPage(List<FeedItem> items, String next) {
    }
}
