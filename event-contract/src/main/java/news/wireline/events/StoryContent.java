package news.wireline.events;

import java.util.List;
import news.wireline.events.Story.Byline;
import org.jspecify.annotations.Nullable;

/**
 * The rest of what a reader sees of a published version, beside the headline, section, urgency and
 * tags its event already carries: the body, images with their captions and credits, the byline and
 * the related stories readers can see, so a consumer has the version announced without asking for it.
 */
public record StoryContent(
        List<String> body,
        List<Story.Image> images,
        @Nullable Byline byline,
        @Nullable String language,
        List<RelatedLink> related) {

    public StoryContent {
        body = List.copyOf(body == null ? List.of() : body);
        images = List.copyOf(images == null ? List.of() : images);
        related = List.copyOf(related == null ? List.of() : related);
    }
}
