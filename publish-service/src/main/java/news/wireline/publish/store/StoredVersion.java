package news.wireline.publish.store;

import java.time.Instant;
import news.wireline.events.StoryEnriched;

/**
 * One stored version of a story, with what readers may see of the story now.
 *
 * @param visibility the story's, not the version's: a version of a withdrawn story is withdrawn too
 */
public record StoredVersion(StoryEnriched story, Visibility visibility, Instant storedAt) {

    /** Whether readers may see this version: the story is live and the version is not its kill notice. */
    public boolean readable() {
        return visibility == Visibility.LIVE && !story.release().isWithdrawn();
    }
}
