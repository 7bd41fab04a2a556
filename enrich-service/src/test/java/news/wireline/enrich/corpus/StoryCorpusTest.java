package news.wireline.enrich.corpus;

import static news.wireline.enrich.corpus.CorpusStories.enriched;
import static news.wireline.enrich.corpus.CorpusStories.minute;
import static news.wireline.enrich.corpus.CorpusStories.place;
import static news.wireline.enrich.corpus.CorpusStories.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToIntFunction;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.StoryId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoryCorpusTest {

    private static final String DOCKS = "Dockworkers in Rotterdam walked out on Monday morning, halting the loading of "
            + "container ships along the river as talks over wages and night shifts broke down without a new date.";

    private final StoryCorpus corpus = newCorpus();

    StoryCorpus newCorpus() {
        return new StoryCorpus();
    }

    @AfterEach
    void close() throws Exception {
        corpus.close();
    }

    @Test
    void showsOnlyTheStoriesIngestedBeforeTheInstantAsked() {
        corpus.add(enriched("early", 1, 1, "Dockworkers strike in the port."));
        corpus.add(enriched("late", 1, 5, "Dockworkers return to the port."));

        assertThat(at(3, view -> view.documentFrequency("dockworker"))).isEqualTo(1);
        assertThat(at(6, view -> view.documentFrequency("dockworker"))).isEqualTo(2);
        assertThat(at(1, CorpusView::documents)).isZero();
    }

    @Test
    void aCorrectionReplacesTheEarlierVersionFromItsOwnIngestionOn() {
        corpus.add(enriched("strike", 1, 1, "Dockworkers strike in Rotterdam.", place("Rotterdam")));
        corpus.add(enriched("strike", 2, 4, "Nurses strike in Lisbon.", place("Lisbon")));

        assertThat(at(3, view -> view.documentFrequency("dockworker"))).isEqualTo(1);
        assertThat(at(5, view -> view.documentFrequency("dockworker"))).isZero();
        assertThat(at(5, view -> view.entityFrequency("PLACE:Lisbon"))).isEqualTo(1);
        assertThat(at(5, CorpusView::documents)).isEqualTo(1);
    }

    @Test
    void aWithdrawnStoryLeavesTheCorpusForStoriesIngestedAfterTheWithdrawal() {
        corpus.add(enriched("killed", 1, 1, "A report on the harbour."));
        corpus.add(withdrawn("killed", 2, 4));

        assertThat(at(3, view -> view.documentFrequency("harbour"))).isEqualTo(1);
        assertThat(at(5, view -> view.documentFrequency("harbour"))).isZero();
        assertThat(corpus.contains(StoryId.of("killed"), 2)).isTrue();
    }

    @Test
    void aStoryRunAgainAfterItsWithdrawalIsBackOnlyFromThen() {
        corpus.add(enriched("killed", 1, 1, "A report on the harbour."));
        corpus.add(withdrawn("killed", 2, 4));
        corpus.add(enriched("killed", 3, 6, "A corrected report on the harbour."));

        assertThat(at(5, CorpusView::documents)).isZero();
        assertThat(at(5, view -> view.documentFrequency("harbour"))).isZero();
        assertThat(at(7, view -> view.documentFrequency("corrected"))).isEqualTo(1);
        assertThat(at(7, CorpusView::documents)).isEqualTo(1);
    }

    @Test
    void anOlderVersionReadLateTakesItsPlaceInTimeWithoutReplacingTheNewer() {
        corpus.add(enriched("strike", 2, 4, "Nurses strike in Lisbon."));
        corpus.add(enriched("strike", 1, 1, "Dockworkers strike in Rotterdam."));

        assertThat(at(3, view -> view.documentFrequency("dockworker"))).isEqualTo(1);
        assertThat(at(5, view -> view.documentFrequency("dockworker"))).isZero();
        assertThat(at(5, view -> view.documentFrequency("nurse"))).isEqualTo(1);
    }

    @Test
    void countsKeptFromOneViewToTheNextFollowWhatEachViewHolds() {
        ToIntFunction<CorpusView> dockworkers = view -> view.documentFrequency("dockworker");
        corpus.add(enriched("strike", 1, 1, "Dockworkers strike in Rotterdam."));

        assertThat(at(3, dockworkers)).isEqualTo(1);
        assertThat(at(1, dockworkers))
                .as("the same segment, without the story in view")
                .isZero();
        assertThat(at(3, dockworkers)).isEqualTo(1);

        corpus.add(enriched("strike", 2, 2, "Nurses strike in Lisbon."));
        assertThat(at(3, dockworkers))
                .as("the first version's segment, since superseded")
                .isZero();
        assertThat(at(2, dockworkers)).isEqualTo(1);
        assertThat(at(3, view -> view.documentFrequency("nurse"))).isEqualTo(1);
    }

    @Test
    void aViewBeforeACorrectionHoldsTheEarlierVersionThoughTheCorrectionCameInALaterSegment() {
        corpus.add(enriched("strike", 1, 1, "Dockworkers strike in Rotterdam."));
        corpus.add(enriched("other", 1, 2, "Farmers block the roads."));
        assertThat(at(3, dockworkers()))
                .as("a view refreshes the index: these two are one segment")
                .isEqualTo(1);
        corpus.add(enriched("strike", 2, 4, "Nurses strike in Lisbon."));

        assertThat(at(3, dockworkers()))
                .as("every story in the first segment came before, but its supersession after")
                .isEqualTo(1);
        assertThat(at(5, dockworkers())).isZero();
        assertThat(at(5, CorpusView::documents)).isEqualTo(2);
    }

    private static ToIntFunction<CorpusView> dockworkers() {
        return view -> view.documentFrequency("dockworker");
    }

    @Test
    void seeingAVersionAgainChangesNothing() {
        corpus.add(enriched("strike", 1, 1, "Dockworkers strike."));
        corpus.add(enriched("strike", 1, 1, "Dockworkers strike."));

        assertThat(at(2, CorpusView::documents)).isEqualTo(1);
        assertThat(corpus.contains(StoryId.of("strike"), 1)).isTrue();
        assertThat(corpus.contains(StoryId.of("strike"), 2)).isFalse();
    }

    @Test
    void findsTheNearDuplicateOfAVersionCurrentThenThoughSinceCorrected() {
        corpus.add(enriched("original", 1, 1, DOCKS, place("Rotterdam")));
        corpus.add(enriched("original", 2, 4, "Nurses strike in Lisbon over pay and hours for a second week."));
        corpus.add(enriched("other", 1, 2, "Farmers block the roads to the capital with tractors."));
        int[] repeat = CorpusText.signature(
                StoryTerms.of(enriched("repeat", 1, 3, DOCKS).story()));

        try (CorpusView before = corpus.asOf(minute(3));
                CorpusView after = corpus.asOf(minute(5))) {
            assertThat(before.nearDuplicate(StoryId.of("repeat"), repeat, 0.8))
                    .hasValueSatisfying(match -> assertThat(match.id()).isEqualTo(StoryId.of("original")))
                    .hasValueSatisfying(match -> assertThat(match.entities()).containsExactly("PLACE:Rotterdam"));
            assertThat(after.nearDuplicate(StoryId.of("repeat"), repeat, 0.8)).isEmpty();
            assertThat(before.nearDuplicate(StoryId.of("original"), repeat, 0.8))
                    .isEmpty();
        }
    }

    @Test
    void ofSeveralCopiesTheOriginalIsTheEarliestIngestedThenTheSmallestId() {
        corpus.add(enriched("copy-b", 1, 2, DOCKS));
        corpus.add(enriched("copy-c", 1, 1, DOCKS + " More follows."));
        corpus.add(enriched("copy-a", 1, 2, DOCKS));
        corpus.add(enriched("other", 1, 0, "Farmers block the roads to the capital with tractors."));
        int[] repeat = CorpusText.signature(
                StoryTerms.of(enriched("repeat", 1, 3, DOCKS).story()));

        try (CorpusView view = corpus.asOf(minute(3))) {
            assertThat(view.nearDuplicate(StoryId.of("repeat"), repeat, 0.8))
                    .map(CorpusMatch::id)
                    .contains(StoryId.of("copy-c"));
            assertThat(view.nearDuplicate(StoryId.of("copy-c"), repeat, 0.8))
                    .map(CorpusMatch::id)
                    .contains(StoryId.of("copy-a"));
            // at 0.5 bands could miss a near-duplicate, so every current version is a candidate
            assertThat(view.nearDuplicate(StoryId.of("copy-c"), repeat, 0.5))
                    .map(CorpusMatch::id)
                    .contains(StoryId.of("copy-a"));
        }
    }

    private int at(int minute, ToIntFunction<CorpusView> question) {
        try (CorpusView view = corpus.asOf(minute(minute))) {
            return question.applyAsInt(view);
        }
    }
}
