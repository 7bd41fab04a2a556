package news.wireline.ingest.intake;

import java.util.Objects;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.parse.FieldTooLarge;
import org.jspecify.annotations.Nullable;

/**
 * A story id as a sender gave it ({@code X-Wireline-Story-Id}, the raw record's key), refused
 * with the name of the header or key it came in: {@code TOO_LARGE} when it is longer than an id
 * may be, {@code INVALID_FIELD} when it has characters an id may not. Both doors read their ids
 * here, so a desk gets the same answer over HTTP and Kafka.
 */
final class SentStoryId {

    private SentStoryId() {}

    /** @return null when the sender named no id */
    static @Nullable StoryId parse(@Nullable String sent, String field) {
        if (sent == null) {
            return null;
        }
        if (sent.length() > StoryId.MAX_LENGTH) {
            throw new FieldTooLarge(
                    field,
                    "'%s' is %d characters long; a story id is at most %d of A-Z a-z 0-9 . _ : -"
                            .formatted(field, sent.length(), StoryId.MAX_LENGTH));
        }
        try {
            return StoryId.of(sent);
        } catch (IllegalArgumentException e) {
            throw new StoryRejectedException(
                    RejectCode.INVALID_FIELD,
                    field,
                    Objects.requireNonNull(e.getMessage(), "StoryId says what it refuses"));
        }
    }
}
