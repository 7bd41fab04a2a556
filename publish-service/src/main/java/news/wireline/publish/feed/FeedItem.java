package news.wireline.publish.feed;

import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.StoredStory;

import java.time.Instant;
import java.util.List;

/**
 * One story in a feed page: enough to list it, with links to the whole story and to related ones.
 * It names the story's best tags only: a long story can carry a hundred, which made a page of twenty
 * 160 KB, most of the time spent serving it (writing it and hashing it for the ETag); the story
 * itself, at {@code url}, has them all.
 */
record FeedItem(String id, int version, String headline, String section, String summary, String desk, int urgency,
                Instant publishedAt, Instant updatedAt, List<Tag> tags, List<RelatedStory> related, String url, String pageUrl) {

    /** Enrich lists a story's tags best first. */
    static final int TAGS = 10;

    static FeedItem of(StoredStory stored, PublishSettings settings) {
        StoryEnriched story = stored.story();
        List<String> body = story.story().body();
        return new FeedItem(story.id().value(), story.version(), story.story().headline(), story.story().section(),
                body.isEmpty() ? null : body.get(0), story.desk(), story.release().urgency(),
                stored.publishedAt(), stored.updatedAt(), story.tags().subList(0, Math.min(TAGS, story.tags().size())),
                stored.related().stream().map(link -> RelatedStory.of(link, settings)).toList(),
                settings.storyUrl(story.id().value()), settings.pageUrl(story.id().value()));
    }
}
