package news.wireline.enrich.intake;

import static news.wireline.enrich.intake.IngestedStories.ingested;
import static news.wireline.enrich.intake.IngestedStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import news.wireline.events.RelatedLink;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.local.BoundSettings;
import org.junit.jupiter.api.Test;

/**
 * Which stories a story new to the corpus sends back for enrichment, and that the work stays
 * bounded: a revision sends none back (no cascade), a burst of late stories sends each later
 * story back once, no more stories are held than the window allows, and a replica catching up
 * sends nothing back until the history is read.
 */
class RecentStoriesTest {

    private static final RevisionSettings SETTINGS = BoundSettings.of(RevisionSettings.class, "window=1h", "settle=0s");

    @Test
    void aLateStorySendsBackOnlyTheStoriesIngestedAfterIt() throws Exception {
        RecentStories recent = checking(new RecentStories(SETTINGS));
        recent.joined(enriched("first", 0), true);
        recent.joined(enriched("third", 2), true);
        recent.joined(enriched("fourth", 3), true);

        recent.joined(enriched("second", 1), true);

        assertThat(recent.takeWaiting(Duration.ZERO)).containsExactly(id("third"), id("fourth"));
        assertThat(recent.waiting()).isZero();
    }

    @Test
    void aStoryEnrichedWhileAnEarlierStoryJoinedWaitsItself() throws Exception {
        RecentStories recent = checking(new RecentStories(SETTINGS));
        long beforeItsView = recent.arrivals();
        recent.joined(enriched("earlier", 0), true);

        recent.enriched(enriched("later", 1), true, beforeItsView);

        assertThat(recent.takeWaiting(Duration.ZERO)).containsExactly(id("later"));
    }

    @Test
    void aStoryEnrichedWhileOnlyLaterStoriesJoinedDoesNotWait() throws Exception {
        RecentStories recent = checking(new RecentStories(SETTINGS));
        long beforeItsView = recent.arrivals();
        recent.joined(enriched("later", 2), true);

        recent.enriched(enriched("earlier", 1), true, beforeItsView);

        assertThat(recent.takeWaiting(Duration.ZERO)).containsExactly(id("later"));
    }

    @Test
    void aRevisionOfAVersionTheCorpusHoldsSendsNothingBack() {
        RecentStories recent = checking(new RecentStories(SETTINGS));
        recent.joined(enriched("first", 0), true);
        recent.joined(enriched("second", 1), true);

        recent.joined(enriched("first", 0, new RelatedLink(id("other"), "Other", 0.5, List.of())), false);

        assertThat(recent.waiting()).isZero();
        assertThat(recent.latest(id("first")).orElseThrow().related()).hasSize(1);
    }

    @Test
    void manyLateStoriesSendEachLaterStoryBackOnce() throws Exception {
        RecentStories recent = checking(new RecentStories(SETTINGS));
        for (int minute = 10; minute < 15; minute++) {
            recent.joined(enriched("later-" + minute, minute), true);
        }

        for (int minute = 9; minute >= 0; minute--) {
            recent.joined(enriched("late-" + minute, minute), true);
        }

        assertThat(recent.takeWaiting(Duration.ZERO))
                .containsExactly(
                        id("late-1"),
                        id("late-2"),
                        id("late-3"),
                        id("late-4"),
                        id("late-5"),
                        id("late-6"),
                        id("late-7"),
                        id("late-8"),
                        id("late-9"),
                        id("later-10"),
                        id("later-11"),
                        id("later-12"),
                        id("later-13"),
                        id("later-14"));
    }

    @Test
    void noMoreStoriesAreHeldThanTheWindowAllows() throws Exception {
        RecentStories recent = checking(
                new RecentStories(BoundSettings.of(RevisionSettings.class, "window=3m", "max-stories=3", "settle=0s")));
        for (int minute = 1; minute <= 5; minute++) {
            recent.joined(enriched("story-" + minute, minute), true);
        }
        recent.joined(enriched("much-later", 9), true);

        recent.joined(enriched("late", 0), true);

        assertThat(recent.takeWaiting(Duration.ZERO)).containsExactly(id("much-later"));
        assertThat(recent.latest(id("story-5"))).isEmpty();
    }

    @Test
    void anOlderVersionArrivingLateDoesNotReplaceTheLatest() {
        RecentStories recent = checking(new RecentStories(SETTINGS));
        recent.joined(enriched("story", 5, 2), true);

        recent.joined(enriched("story", 1, 1), true);

        assertThat(recent.latest(id("story")).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aVersionsFirstEnrichmentArrivingAfterItsRevisionDoesNotReplaceIt() {
        RecentStories recent = checking(new RecentStories(SETTINGS));
        StoryEnriched story = enriched("story", 1);
        List<RelatedLink> revisedLinks = List.of(new RelatedLink(id("earlier"), "Earlier", 0.4, List.of()));
        recent.joined(enrichedAfter(story, 5, revisedLinks), false);

        recent.joined(enrichedAfter(story, 1, List.of()), false);

        assertThat(recent.latest(id("story")).orElseThrow().related()).isEqualTo(revisedLinks);
    }

    @Test
    void storiesReadBeforeTheHistoryIsCaughtUpSendNothingBackUntilAllAreChecked() throws Exception {
        RecentStories recent = new RecentStories(SETTINGS);
        recent.joined(enriched("later", 2), true);
        recent.joined(enriched("earlier", 1), true);
        assertThat(recent.waiting()).isZero();

        recent.checkAll();

        assertThat(recent.takeWaiting(Duration.ZERO)).containsExactly(id("earlier"), id("later"));
    }

    /** As after a start, once the corpus has read the enriched topic's history. */
    private static RecentStories checking(RecentStories recent) {
        recent.checkAll();
        return recent;
    }

    /** The story as enriched {@code seconds} after its ingestion, with these links. */
    private static StoryEnriched enrichedAfter(StoryEnriched story, int seconds, List<RelatedLink> links) {
        return new StoryEnriched(
                story.schemaVersion(),
                story.id(),
                story.version(),
                story.desk(),
                story.contentHash(),
                story.release(),
                story.story(),
                story.tags(),
                links,
                story.timeline().enrichedAt(story.timeline().ingested().plusSeconds(seconds)));
    }

    private static StoryEnriched enriched(String id, int minute, RelatedLink... links) {
        return enriched(id, minute, 1, links);
    }

    private static StoryEnriched enriched(String id, int minute, int version, RelatedLink... links) {
        StoryIngested ingested = ingested(id, version, minute, story("Headline of " + id, "Body of " + id + "."));
        return StoryEnriched.of(ingested, List.of(), List.of(links), ingested.timeline());
    }

    private static StoryId id(String value) {
        return StoryId.of(value);
    }
}
