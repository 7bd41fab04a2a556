package news.wireline.publish.store;

/** What storing one story version did to the feed. */
public enum StoreOutcome {
    /** First version of a new story. */
    PUBLISHED,
    /** A higher version replaced the current one. */
    UPDATED,
    /** This exact version is already current: a redelivery. */
    ALREADY_CURRENT,
    /** A newer version is current; this one changes nothing. */
    STALE;

    public boolean isCurrent() {
        return this != STALE;
    }
}
