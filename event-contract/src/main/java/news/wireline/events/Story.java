package news.wireline.events;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story's content as parsed from the wire: the parts a reader sees, with page chrome removed.
 * Related-story teasers embedded in the copy are kept apart from the body.
 */
public record Story(
        String headline,
        @Nullable String section,
        @Nullable Integer readTimeMinutes,
        List<Image> images,
        List<String> body,
        List<Teaser> teasers,
        @Nullable Byline byline,
        @Nullable String language) {

    public Story {
        images = List.copyOf(images == null ? List.of() : images);
        body = List.copyOf(body == null ? List.of() : body);
        teasers = List.copyOf(teasers == null ? List.of() : teasers);
    }

    public record Image(@Nullable String caption, @Nullable String credit) {}

    /** A teaser for another story, embedded in this one's copy. */
    public record Teaser(String headline, @Nullable String summary) {}

    /** Who wrote the story; {@code desk} is set when the copy credits a desk rather than people. */
    public record Byline(List<String> authors, @Nullable String desk) {
        public Byline {
            authors = List.copyOf(authors == null ? List.of() : authors);
        }
    }
}
