package news.wireline.enrich.corpus;

import static news.wireline.enrich.corpus.CorpusStories.enriched;
import static news.wireline.enrich.corpus.CorpusStories.minute;
import static news.wireline.enrich.corpus.CorpusStories.place;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.wireline.events.StoryId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CorpusSearchTest {

    private static final String HARBOUR = "Dockworkers closed the harbour at dawn.";

    private final StoryCorpus corpus = new StoryCorpus();

    @AfterEach
    void close() throws Exception {
        corpus.close();
    }

    @Test
    void theBestScoresComeFirstAndEqualScoresByStoryIdWhateverOrderTheyWereIndexedIn() {
        // indexed in the reverse of their ids' order, so that Lucene's document order would pick the wrong ties
        for (String id : List.of("tie-e", "tie-d", "tie-c", "tie-b", "tie-a")) {
            corpus.add(enriched(id, 1, 1, HARBOUR));
        }
        corpus.add(enriched("best", 1, 1, HARBOUR, place("Rotterdam")));
        corpus.add(enriched("unrelated", 1, 1, "Farmers blocked the roads with tractors."));

        try (CorpusView view = corpus.asOf(minute(2))) {
            List<CorpusMatch> matches =
                    view.moreLike(StoryId.of("probe"), List.of("dockworker", "harbour"), List.of("PLACE:Rotterdam"), 3);

            assertThat(matches).extracting(match -> match.id().value()).containsExactly("best", "tie-a", "tie-b");
            assertThat(matches.get(1).searchScore()).isEqualTo(matches.get(2).searchScore());
            assertThat(matches.get(0).searchScore())
                    .isGreaterThan(matches.get(1).searchScore());
        }
    }

    @Test
    void aMatchCarriesItsWordsCountedAndInOrder() {
        corpus.add(enriched("docks", 1, 1, "Dockworkers strike; the strike closes the harbour."));

        try (CorpusView view = corpus.asOf(minute(2))) {
            StoryWords words = view.moreLike(StoryId.of("probe"), List.of("strike"), List.of(), 1)
                    .get(0)
                    .words();

            // the headline, "Headline of docks", is the story's text too
            List<String> each = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                each.add(words.word(i) + " " + words.count(i));
            }
            assertThat(each)
                    .containsExactly("close 1", "dock 1", "dockworker 1", "harbour 1", "headline 1", "strike 2");
        }
    }
}
