package news.wireline.publish.store;

import news.wireline.events.StoryId;

import java.util.List;

/** A link to a related story that readers can see now, with that story's current headline. */
public record LiveLink(StoryId id, String headline, double score, List<String> sharedTags) {

    public LiveLink {
        sharedTags = List.copyOf(sharedTags);
    }
}
