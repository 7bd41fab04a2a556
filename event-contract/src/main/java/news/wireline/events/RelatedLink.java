package news.wireline.events;

import java.util.List;

/** A link to an earlier story, with the score and the shared tags that explain it. */
public record RelatedLink(StoryId id, String headline, double score, List<String> sharedTags) {

    public RelatedLink {
        sharedTags = List.copyOf(sharedTags);
    }
}
