package news.wireline.publish.feed;

import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.StoredStory;

import java.time.Instant;
import java.util.List;

/** One story in a feed page: enough to list it, with links to the whole story and to related ones. */
record FeedItem(String id, int version, String headline, String section, String summary, String desk,
                Instant publishedAt, Instant updatedAt, List<Tag> tags, List<StoryView.RelatedStory> related, String url) {

    static FeedItem of(StoredStory stored, PublishSettings settings) {
        StoryEnriched story = stored.story();
        List<String> body = story.story().body();
        return new FeedItem(story.id().value(), story.version(), story.story().headline(), story.story().section(),
                body.isEmpty() ? null : body.get(0), story.desk(), stored.publishedAt(), stored.updatedAt(),
                story.tags(), story.related().stream().map(link -> StoryView.RelatedStory.of(link, settings)).toList(),
                settings.storyUrl(story.id().value()));
    }
}
