package news.wireline.publish.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import news.wireline.events.StoryId;
import news.wireline.publish.store.FeedPosition;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Opaque page cursors: the position of the last story a reader saw, so paging is stable while stories arrive. */
public final class FeedCursor {

    private FeedCursor() {}

    public static String encode(FeedPosition position) {
        String raw = position.publishedAt() + "|" + position.id().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FeedPosition decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new FeedPosition(Instant.parse(raw.substring(0, bar)), StoryId.of(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "cursor is not one this feed gave out");
        }
    }

    /** A path's story id; one that cannot be an id names no story. */
    public static StoryId storyId(String id) {
        try {
            return StoryId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such story");
        }
    }
}
