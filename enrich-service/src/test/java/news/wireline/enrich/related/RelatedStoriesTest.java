package news.wireline.enrich.related;

import static news.wireline.enrich.corpus.CorpusStories.enriched;
import static news.wireline.enrich.corpus.CorpusStories.minute;
import static news.wireline.enrich.corpus.CorpusStories.organisation;
import static news.wireline.enrich.corpus.CorpusStories.place;
import static news.wireline.enrich.corpus.CorpusStories.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.wireline.enrich.corpus.CorpusView;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.RelatedLink;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.local.BoundSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RelatedStoriesTest {

    private static final String STRIKE =
            "Dockworkers at the port walked out over pay, halting container traffic as unions and terminal operators"
                    + " failed to agree on night shifts.";
    private static final String TALKS =
            "Unions and terminal operators resumed talks on pay and night shifts for dockworkers, as container"
                    + " ships waited at anchor outside the port.";
    private static final String FOOTBALL =
            "The home side scored twice in the second half to win the derby and move top of the league.";

    private final StoryCorpus corpus = new StoryCorpus();
    private final RelatedStories related = new RelatedStories(BoundSettings.of(RelatedSettings.class));

    @AfterEach
    void close() throws Exception {
        corpus.close();
    }

    @Test
    void linksAnEarlierStoryOnTheSameSubjectExplainedBySharedNamesThenWords() {
        corpus.add(enriched("strike", 1, 1, STRIKE, place("Rotterdam"), organisation("FNV")));
        corpus.add(enriched("derby", 1, 2, FOOTBALL, place("Rotterdam")));

        List<RelatedLink> links = relate("talks", 10, TALKS, place("Rotterdam"), organisation("FNV"));

        assertThat(links).extracting(link -> link.id().value()).containsExactly("strike");
        assertThat(links.get(0).headline()).isEqualTo("Headline of strike");
        assertThat(links.get(0).score()).isBetween(0.15, 1.0);
        assertThat(links.get(0).sharedTags())
                .containsExactly("FNV", "Rotterdam", "container", "dockworker", "night", "operator", "pay", "port");
    }

    @Test
    void neverLinksAStoryToItselfOrToItsOwnEarlierVersions() {
        corpus.add(enriched("talks", 1, 1, TALKS, place("Rotterdam")));

        assertThat(relate("talks", 10, TALKS, place("Rotterdam"))).isEmpty();
    }

    @Test
    void neverLinksAStoryIngestedLaterOrOneWithdrawnBefore() {
        corpus.add(enriched("later", 1, 20, STRIKE, place("Rotterdam")));
        corpus.add(enriched("killed", 1, 1, STRIKE, place("Rotterdam")));
        corpus.add(withdrawn("killed", 2, 5));

        assertThat(relate("talks", 10, TALKS, place("Rotterdam"))).isEmpty();
    }

    @Test
    void marksARepeatedStoryAsANearDuplicateOfTheOriginalOnlyOnce() {
        corpus.add(enriched("original", 1, 1, STRIKE + " " + TALKS, place("Rotterdam")));
        corpus.add(enriched("other", 1, 2, STRIKE, place("Rotterdam")));

        List<RelatedLink> links =
                relate("resent", 10, STRIKE + " " + TALKS + " Both sides meet again on Monday.", place("Rotterdam"));

        assertThat(links.get(0).id()).isEqualTo(StoryId.of("original"));
        assertThat(links.get(0).score()).isEqualTo(1.0);
        assertThat(links.get(0).sharedTags()).containsExactly(RelatedStories.NEAR_DUPLICATE, "Rotterdam");
        assertThat(links).extracting(link -> link.id().value()).containsExactly("original", "other");
    }

    @Test
    void linksNothingWhenNoEarlierStoryIsAlike() {
        corpus.add(enriched("derby", 1, 1, FOOTBALL, place("Rotterdam")));

        assertThat(relate("talks", 10, TALKS, organisation("FNV"))).isEmpty();
    }

    private List<RelatedLink> relate(String id, int minute, String body, Tag... tags) {
        Story story = new Story("Headline of " + id, "World", 2, List.of(), List.of(body), List.of(), null, "en");
        try (CorpusView view = corpus.asOf(minute(minute))) {
            return related.relatedTo(StoryId.of(id), StoryTerms.of(story), List.of(tags), view);
        }
    }
}
