package news.wireline.publish.store;

import java.time.Instant;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryPublished;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.publish.PublishSettings;
import org.springframework.stereotype.Component;

/** Builds the StoryPublished event that announces a change readers can see. */
@Component
class Announcements {

    private final PublishSettings settings;

    Announcements(PublishSettings settings) {
        this.settings = settings;
    }

    /**
     * @param seen the version readers saw until now, or null. A kill repeats its headline, section
     *             and tags, so a consumer that routes stories by tag gets the kill where it got the story.
     */
    StoryPublished of(StoryEnriched story, ChangeType change, StoryEnriched seen, Instant now) {
        StoryEnriched shown = change == ChangeType.WITHDRAWN && seen != null ? seen : story;
        return new StoryPublished(
                StoryPublished.SCHEMA_VERSION,
                story.id(),
                story.version(),
                change,
                story.release().urgency(),
                shown.story().headline(),
                shown.story().section(),
                settings.storyUrl(story.id().value()),
                shown.tags(),
                story.timeline().publishedAt(now));
    }
}
