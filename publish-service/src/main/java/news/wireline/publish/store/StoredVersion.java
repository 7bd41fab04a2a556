package news.wireline.publish.store;

import java.time.Instant;
import java.util.List;
import news.wireline.events.RelatedLink;
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

    StoredVersion withRelated(List<RelatedLink> related) {
        return new StoredVersion(
                new StoryEnriched(
                        story.schemaVersion(),
                        story.id(),
                        story.version(),
                        story.desk(),
                        story.contentHash(),
                        story.release(),
                        story.story(),
                        story.tags(),
                        related,
                        story.timeline()),
                visibility,
                storedAt);
    }
}
