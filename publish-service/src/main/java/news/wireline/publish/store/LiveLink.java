package news.wireline.publish.store;

import java.util.List;
import news.wireline.events.StoryId;

/** A link to a related story that readers can see now, with that story's current headline. */
public record LiveLink(StoryId id, String headline, double score, List<String> sharedTags) {

    public LiveLink {
        sharedTags = List.copyOf(sharedTags);
    }
}
