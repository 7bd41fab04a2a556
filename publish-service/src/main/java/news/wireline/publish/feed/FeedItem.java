package news.wireline.publish.feed;

import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.StoredStory;

import java.time.Instant;
import java.util.List;

/** One story in a feed page: enough to list it, with a link to the whole story. */
record FeedItem(String id, int version, String headline, String section, String summary, String desk,
                Instant publishedAt, Instant updatedAt, List<Tag> tags, String url) {

    static FeedItem of(StoredStory stored, PublishSettings settings) {
        StoryEnriched story = stored.story();
        List<String> body = story.story().body();
        return new FeedItem(story.id().value(), story.version(), story.story().headline(), story.story().section(),
                body.isEmpty() ? null : body.get(0), story.desk(), stored.publishedAt(), stored.updatedAt(),
                story.tags(), settings.storyUrl(story.id().value()));
    }
}
