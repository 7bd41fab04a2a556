package news.wireline.publish.feed;

import news.wireline.events.RelatedLink;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.StoredStory;

import java.time.Instant;
import java.util.List;

/** A whole story for readers: its content, tags and links to related stories. */
record StoryView(String id, int version, String desk, Story story, List<Tag> tags, List<RelatedStory> related,
                 Instant publishedAt, Instant updatedAt, String url) {

    static StoryView of(StoredStory stored, PublishSettings settings) {
        StoryEnriched story = stored.story();
        return new StoryView(story.id().value(), story.version(), story.desk(), story.story(), story.tags(),
                story.related().stream().map(link -> RelatedStory.of(link, settings)).toList(),
                stored.publishedAt(), stored.updatedAt(), settings.storyUrl(story.id().value()));
    }

    record RelatedStory(String id, String headline, double score, List<String> sharedTags, String url) {
        static RelatedStory of(RelatedLink link, PublishSettings settings) {
            return new RelatedStory(link.id().value(), link.headline(), link.score(), link.sharedTags(),
                    settings.storyUrl(link.id().value()));
        }
    }
}
