package news.wireline.publish.feed;

import java.time.Instant;
import news.wireline.publish.store.FeedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The query parameters every feed takes, JSON, syndicated or HTML: {@code ?tag=} (a {@link TagName}), {@code ?section=},
 * {@code ?since=} (ISO-8601 instant: stories published at or after it), {@code ?urgent=} (1-9:
 * only stories that urgent or more), {@code ?cursor=} (from the previous page) and {@code ?limit=}.
 */
public record FeedParams(
        @Nullable String tag,
        @Nullable String section,
        @Nullable Instant since,
        @Nullable Integer urgent,
        @Nullable String cursor,
        @Nullable Integer limit) {

    /** The query for a page of at most {@code maxLimit} stories; {@code defaultLimit} when the reader gave none. */
    public FeedQuery query(int defaultLimit, int maxLimit) {
        if (urgent != null && (urgent < 1 || urgent > 9)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "urgent must be 1 (flash) to 9");
        }
        int size = Math.max(1, Math.min(limit == null ? defaultLimit : limit, maxLimit));
        return new FeedQuery(
                tag == null || tag.isBlank() ? null : TagName.checked(tag),
                text("section", section),
                since,
                urgent,
                cursor == null ? null : FeedCursor.decode(cursor),
                size);
    }

    /** Blank reads as absent; a control character (a NUL would fail the database query) is the reader's mistake. */
    private static @Nullable String text(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must not contain control characters");
        }
        return value.strip();
    }
}
