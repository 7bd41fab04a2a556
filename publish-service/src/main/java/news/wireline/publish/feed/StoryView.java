package news.wireline.publish.feed;

import java.time.Instant;
import java.util.List;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.StoredStory;
import org.jspecify.annotations.Nullable;

/** A whole story for readers: its content, urgency, tags and the related stories that are live. */
record StoryView(
        String id,
        int version,
        String desk,
        int urgency,
        Story story,
        List<Tag> tags,
        List<RelatedStory> related,
        Instant publishedAt,
        Instant updatedAt,
        String url,
        String pageUrl) {

    static StoryView of(StoredStory stored, PublishSettings settings) {
        StoryEnriched story = stored.story();
        return new StoryView(
                story.id().value(),
                story.version(),
                story.desk(),
                story.release().urgency(),
                story.story(),
                story.tags(),
                stored.related().stream()
                        .map(link -> RelatedStory.of(link, settings))
                        .toList(),
                stored.publishedAt(),
                stored.updatedAt(),
                settings.storyUrl(story.id().value()),
                settings.pageUrl(story.id().value()));
    }

    /** What is left to say about a killed story: that it was, and when. */
    record Withdrawn(
            String id, int version, String status, @Nullable Instant withdrawnAt) {
        static Withdrawn of(StoredStory stored) {
            return new Withdrawn(
                    stored.story().id().value(), stored.story().version(), "WITHDRAWN", stored.withdrawnAt());
        }
    }
}
