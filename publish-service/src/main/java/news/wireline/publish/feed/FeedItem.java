package news.wireline.publish.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.ListedStory;
import org.jspecify.annotations.Nullable;

/**
 * One story in a feed page: enough to list it, with links to the whole story and to related ones.
 * It names the story's best tags only (see {@link ListedStory}); the story itself, at {@code url}, has them all.
 */
record FeedItem(
        String id,
        int version,
        String headline,
        @Nullable String section,
        @Nullable String summary,
        String desk,
        int urgency,
        Instant publishedAt,
        Instant updatedAt,
        @JsonRawValue String tags,
        List<RelatedStory> related,
        String url,
        String pageUrl) {

    static FeedItem of(ListedStory listed, PublishSettings settings) {
        String id = listed.id().value();
        return new FeedItem(
                id,
                listed.version(),
                listed.headline(),
                listed.section(),
                listed.summary(),
                listed.desk(),
                listed.urgency(),
                listed.publishedAt(),
                listed.updatedAt(),
                listed.bestTags().json(),
                listed.related().stream()
                        .map(link -> RelatedStory.of(link, settings))
                        .toList(),
                settings.storyUrl(id),
                settings.pageUrl(id));
    }
}
