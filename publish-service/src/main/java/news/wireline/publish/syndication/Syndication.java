package news.wireline.publish.syndication;

import java.time.Instant;
import java.util.List;
import news.wireline.events.StoryEnriched;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.ListedStory;
import news.wireline.publish.store.StoredStory;
import org.jspecify.annotations.Nullable;

/** What every feed format says the same way: titles, authors, summaries and when a feed last changed. */
final class Syndication {

    private Syndication() {}

    static String title(PublishSettings settings, @Nullable String tag) {
        return tag == null ? settings.title() : settings.title() + ": " + tag;
    }

    static @Nullable String summary(StoredStory stored) {
        return ListedStory.summaryOf(stored.story().story());
    }

    /** The byline's authors, or the desk it credits when it names none. */
    static List<String> authors(StoryEnriched story) {
        if (story.story().byline() == null) {
            return List.of();
        }
        if (!story.story().byline().authors().isEmpty()) {
            return story.story().byline().authors();
        }
        String desk = story.story().byline().desk();
        return desk == null ? List.of() : List.of(desk);
    }

    /**
     * The latest change among the stories; not the time of the request, which would give every
     * response a new body and so defeat ETags.
     */
    static Instant updated(List<StoredStory> stories) {
        return stories.stream()
                .map(StoredStory::updatedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }
}
