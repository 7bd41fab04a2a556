package news.wireline.publish.store;

import java.time.Instant;
import news.wireline.events.Story;
import news.wireline.events.StoryContent;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryPublished;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.publish.PublishSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the StoryPublished event that announces a change readers can see. */
@Component
class Announcements {

    private static final Logger log = LoggerFactory.getLogger(Announcements.class);

    private final PublishSettings settings;
    private final LiveLinks links;
    private final JsonMapper json;

    Announcements(PublishSettings settings, LiveLinks links, JsonMapper json) {
        this.settings = settings;
        this.links = links;
        this.json = json;
    }

    /**
     * @param seen the version readers saw until now, or null. A kill repeats its headline, section
     *             and tags, so a consumer that routes stories by tag gets the kill where it got the story.
     */
    StoryPublished of(StoryEnriched story, ChangeType change, @Nullable StoryEnriched seen, Instant now) {
        boolean withdrawn = change == ChangeType.WITHDRAWN;
        StoryEnriched shown = withdrawn && seen != null ? seen : story;
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
                story.timeline().publishedAt(now),
                withdrawn ? null : settings.versionUrl(story.id().value(), story.version()),
                withdrawn ? null : inline(story));
    }

    /**
     * The version's content with its related links as stored beside it, live ones only; or null
     * when it is too large to carry whole and consumers fetch its version URL instead.
     */
    private @Nullable StoryContent inline(StoryEnriched story) {
        Story copy = story.story();
        StoryContent content =
                new StoryContent(copy.body(), copy.images(), copy.byline(), copy.language(), links.of(story.id()));
        long size = json.writeValueAsBytes(content).length;
        if (size > settings.maxInlineContent().toBytes()) {
            log.info(
                    "story {} version {} has {} bytes of content, over the {}-byte limit (wireline.publish.max-inline-content): its event carries the version URL only",
                    story.id(),
                    story.version(),
                    size,
                    settings.maxInlineContent().toBytes());
            return null;
        }
        return content;
    }
}
