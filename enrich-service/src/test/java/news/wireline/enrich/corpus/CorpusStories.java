package news.wireline.enrich.corpus;

import java.time.Instant;
import java.util.List;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;
import news.wireline.events.Timeline;

/** Enriched stories for the corpus and related-story tests, ingested at the minute given. */
public final class CorpusStories {

    public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    private CorpusStories() {}

    public static Instant minute(int minute) {
        return START.plusSeconds(60L * minute);
    }

    public static StoryEnriched enriched(String id, int version, int minute, String body, Tag... tags) {
        return enriched(id, version, minute, Release.usable(), body, tags);
    }

    public static StoryEnriched withdrawn(String id, int version, int minute) {
        return enriched(id, version, minute, Release.withdrawn(), "Withdrawn.");
    }

    public static Tag place(String name) {
        return new Tag(name, TagType.PLACE, 0.9, 1);
    }

    public static Tag organisation(String name) {
        return new Tag(name, TagType.ORGANISATION, 0.9, 1);
    }

    private static StoryEnriched enriched(
            String id, int version, int minute, Release release, String body, Tag... tags) {
        Story story = new Story("Headline of " + id, "World", 2, List.of(), List.of(body), List.of(), null, "en");
        return new StoryEnriched(
                StoryEnriched.SCHEMA_VERSION,
                StoryId.of(id),
                version,
                "desk",
                "hash-" + id + version,
                release,
                story,
                List.of(tags),
                List.of(),
                new Timeline(minute(minute), minute(minute), minute(minute), null));
    }
}
