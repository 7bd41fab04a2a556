package news.wireline.publish.store;

import java.util.Optional;
import news.wireline.events.StoryPublished.ChangeType;
import org.jspecify.annotations.Nullable;

/** What storing one story version did to what readers see. */
public enum StoreOutcome {
    /** A story became visible: its first version, or the first since it was held back. */
    PUBLISHED,
    /** A higher version replaced the visible one. */
    UPDATED,
    /** A kill took a visible story out of every feed. */
    WITHDRAWN,
    /** Stored but not shown: embargoed, or killed before readers ever saw it. Nothing is announced. */
    HELD,
    /** This exact version is already current: a redelivery. */
    ALREADY_CURRENT,
    /** The current version enriched again with other tags or links; announced by the writer while live. */
    REENRICHED,
    /** A newer version is current; this one changes nothing. */
    STALE;

    static StoreOutcome of(@Nullable Visibility before, Visibility after) {
        return switch (after) {
            case LIVE -> before == Visibility.LIVE ? UPDATED : PUBLISHED;
            case WITHDRAWN -> before == Visibility.LIVE ? WITHDRAWN : HELD;
            case EMBARGOED -> HELD;
        };
    }

    /** The change this outcome announces on the published topic, if readers can tell anything changed. */
    public Optional<ChangeType> announced() {
        return switch (this) {
            case PUBLISHED -> Optional.of(ChangeType.PUBLISHED);
            case UPDATED -> Optional.of(ChangeType.UPDATED);
            case WITHDRAWN -> Optional.of(ChangeType.WITHDRAWN);
            case HELD, ALREADY_CURRENT, REENRICHED, STALE -> Optional.empty();
        };
    }
}
