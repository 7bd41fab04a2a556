package news.wireline.publish.store;

import java.time.Instant;
import news.wireline.events.Release;
import org.jspecify.annotations.Nullable;

/** Whether readers see a story's current version; stored as the {@code story.state} column. */
public enum Visibility {
    /** In every feed, page and stream. */
    LIVE,
    /** Stored, but nowhere to be seen until the release job lets it out at its embargo time. */
    EMBARGOED,
    /** Killed: gone from every feed and page; its versions stay in the history. */
    WITHDRAWN;

    /**
     * What a new version's release makes of a story that was {@code before} (null when new). Once
     * readers have seen a story an embargo cannot recall it, so a live story's correction stays live.
     */
    static Visibility of(Release release, @Nullable Visibility before, Instant now) {
        if (release.isWithdrawn()) {
            return WITHDRAWN;
        }
        if (before == LIVE || release.isReleasedAt(now)) {
            return LIVE;
        }
        return EMBARGOED;
    }
}
