package news.wireline.publish.feed;

import java.time.Instant;
import java.util.List;
import news.wireline.events.RelatedLink;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.StoredVersion;

/**
 * One version of a story as it was announced: its content and tags, and its related links that
 * lead to a story readers can see now, with that story's current headline.
 */
record VersionView(
        String id,
        int version,
        String desk,
        int urgency,
        Story story,
        List<Tag> tags,
        List<RelatedLink> related,
        Instant storedAt,
        String url,
        String currentUrl) {

    static VersionView of(StoredVersion stored, PublishSettings settings) {
        StoryEnriched story = stored.story();
        return new VersionView(
                story.id().value(),
                story.version(),
                story.desk(),
                story.release().urgency(),
                story.story(),
                story.tags(),
                story.related(),
                stored.storedAt(),
                settings.versionUrl(story.id().value(), story.version()),
                settings.storyUrl(story.id().value()));
    }
}
