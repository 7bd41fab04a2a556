package news.wireline.enrich.keywords;

import static news.wireline.enrich.corpus.CorpusStories.enriched;
import static news.wireline.enrich.corpus.CorpusStories.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.wireline.enrich.corpus.CorpusView;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.enrich.tagging.TagEvidence;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.Story;
import news.wireline.events.Tag.TagType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private static final EntityTagger TAGGER = EntityTagger.withBundledGazetteer();
    private static final Story STRIKE = new Story(
            "Dockworkers strike in Rotterdam",
            null,
            null,
            List.of(),
            List.of(
                    "Dockworkers in Rotterdam went on strike on Monday over pay, and the strike halted container traffic.",
                    "The government said the strike was costing the economy dearly."),
            List.of(),
            null,
            null);

    private final StoryCorpus corpus = new StoryCorpus();

    @AfterEach
    void close() throws Exception {
        corpus.close();
    }

    @Test
    void weighsWordsTheCorpusRarelyUsesAboveCommonOnes() {
        corpus.add(enriched("a", 1, 1, "The government said the economy grew."));
        corpus.add(enriched("b", 1, 2, "The government cut taxes to help the economy."));

        List<TagEvidence> keywords = extract(STRIKE);

        assertThat(keywords)
                .extracting(keyword -> keyword.tag().name())
                .startsWith("strike")
                .contains("dockworkers")
                .doesNotContain("rotterdam", "monday", "went", "said");
        assertThat(keywords.get(0).tag()).satisfies(top -> {
            assertThat(top.type()).isEqualTo(TagType.KEYWORD);
            assertThat(top.confidence()).isEqualTo(0.9);
            assertThat(top.mentions()).isEqualTo(4);
        });
        List<String> names =
                keywords.stream().map(keyword -> keyword.tag().name()).toList();
        assertThat(names).contains("container");
        assertThat(names.indexOf("government"))
                .as("government, used by every earlier story")
                .satisfiesAnyOf(
                        index -> assertThat(index).isEqualTo(-1),
                        index -> assertThat(index).isGreaterThan(names.indexOf("container")));
    }

    @Test
    void pointsAtEveryUseOfTheKeyword() {
        TagEvidence strike = extract(STRIKE).get(0);

        assertThat(strike.spans())
                .extracting(span -> span.part() + ":" + span.paragraph() + ":" + span.start())
                .containsExactly("HEADLINE:0:12", "BODY:0:33", "BODY:0:68", "BODY:1:24");
        assertThat(strike.spans()).extracting(span -> span.text().toLowerCase()).containsOnly("strike");
    }

    private List<TagEvidence> extract(Story story) {
        try (CorpusView view = corpus.asOf(minute(10))) {
            return new KeywordExtractor().extract(StoryTerms.of(story), TAGGER.read(story), view);
        }
    }
}
