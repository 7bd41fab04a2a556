package news.wireline.enrich.intake;

import java.time.Instant;
import java.util.List;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;

/** Ingested events for the enrichment tests, ingested one minute apart in the order they are made. */
public final class IngestedStories {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    private IngestedStories() {}

    public static StoryIngested ingested(String id, int version, int minute, Story story) {
        return ingested(id, version, minute, story, Release.usable());
    }

    public static StoryIngested ingested(String id, int version, int minute, Story story, Release release) {
        Instant at = START.plusSeconds(60L * minute);
        return new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                StoryId.of(id),
                version,
                "test-desk",
                "hash-" + id + "-" + version,
                release,
                story,
                new Timeline(at.minusMillis(40), at, null, null));
    }

    public static Story story(String headline, String... body) {
        return new Story(headline, "World", 2, List.of(), List.of(body), List.of(), null, "en");
    }
}
