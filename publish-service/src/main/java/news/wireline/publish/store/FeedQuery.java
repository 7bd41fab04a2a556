package news.wireline.publish.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which live stories a feed page shows, newest first. Every filter is optional (null).
 *
 * @param tag     only stories with this tag, in any case
 * @param section only stories in this section, in any case
 * @param since   only stories published at or after this instant
 * @param urgent  only stories at this urgency or more urgent (1 is a flash)
 * @param after   the last story of the previous page; null for the first page
 * @param limit   the most stories to return
 */
public record FeedQuery(
        @Nullable String tag,
        @Nullable String section,
        @Nullable Instant since,
        @Nullable Integer urgent,
        @Nullable FeedPosition after,
        int limit) {

    public static FeedQuery newest(int limit) {
        return new FeedQuery(null, null, null, null, null, limit);
    }

    public FeedQuery withTag(String tag) {
        return new FeedQuery(tag, section, since, urgent, after, limit);
    }
}
