package news.wireline.enrich.quality;

import static news.wireline.enrich.intake.IngestedStories.ingested;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.intake.StoryEnricher;
import news.wireline.enrich.keywords.KeywordExtractor;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.enrich.related.RelatedStories;
import news.wireline.enrich.subjects.SubjectClassifier;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryIngested;
import news.wireline.local.BoundSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing the work, each with a corpus of its own fed in its own order, tag and
 * link every story exactly as one instance does; so does an instance re-enriching a story after
 * a restart, with a corpus rebuilt from the whole log, later stories included. The input is the
 * quality set, with a correction and a withdrawal among it.
 */
class TwoInstancesTest {

    private static final EntityTagger TAGGER = EntityTagger.withBundledGazetteer();
    private static final SubjectClassifier SUBJECTS = SubjectClassifier.bundled();

    private static final List<StoryIngested> inputs = new ArrayList<>();
    private static final Map<String, StoryEnriched> oneInstance = new LinkedHashMap<>();

    @BeforeAll
    static void enrichEverythingOnOneInstance() {
        List<QualityStory> stories = QualitySet.FIRST.stories();
        for (int i = 0; i < stories.size(); i++) {
            inputs.add(ingested(stories.get(i).id(), 1, 2 * i, stories.get(i).story()));
        }
        Story corrected = stories.get(11).story();
        List<String> body = new ArrayList<>(corrected.body());
        body.set(0, body.get(0).replace("7.5%", "8%"));
        inputs.add(ingested(
                stories.get(11).id(),
                2,
                2 * 20 + 1,
                new Story(
                        corrected.headline(),
                        corrected.section(),
                        3,
                        corrected.images(),
                        body,
                        List.of(),
                        corrected.byline(),
                        "en")));
        inputs.add(ingested(stories.get(5).id(), 2, 2 * 15 + 1, stories.get(5).story(), Release.withdrawn()));
        inputs.sort((left, right) ->
                left.timeline().ingested().compareTo(right.timeline().ingested()));
        StoryEnricher single = enricher();
        for (StoryIngested input : inputs) {
            StoryEnriched enriched = single.enrich(input);
            single.remember(enriched);
            oneInstance.put(key(input), enriched);
        }
    }

    @Test
    void twoInstancesFedInTheirOwnOrderTagAndLinkLikeOne() {
        StoryEnricher[] instances = {enricher(), enricher()};
        List<List<StoryEnriched>> undelivered = List.of(new ArrayList<>(), new ArrayList<>());
        Random order = new Random(7);
        Map<String, StoryEnriched> twoInstances = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            int mine = Math.floorMod(inputs.get(i).id().hashCode(), 2);
            // The other instance's stories reach this one late and shuffled, but before its next story: settled
            // history.
            Collections.shuffle(undelivered.get(mine), order);
            undelivered.get(mine).forEach(instances[mine]::remember);
            undelivered.get(mine).clear();
            StoryEnriched enriched = instances[mine].enrich(inputs.get(i));
            instances[mine].remember(enriched);
            undelivered.get(1 - mine).add(enriched);
            twoInstances.put(key(inputs.get(i)), enriched);
        }

        assertThat(tagsAndLinks(twoInstances)).isEqualTo(tagsAndLinks(oneInstance));
    }

    @Test
    void anInstanceReEnrichingAfterARestartKnowsLaterStoriesButIgnoresThem() {
        StoryEnricher restarted = enricher();
        oneInstance.values().forEach(restarted::remember);

        Map<String, StoryEnriched> again = new LinkedHashMap<>();
        inputs.forEach(input -> again.put(key(input), restarted.enrich(input)));

        assertThat(tagsAndLinks(again)).isEqualTo(tagsAndLinks(oneInstance));
    }

    @Test
    void theReferenceRunLinksAndTagsSomething() {
        assertThat(oneInstance.values())
                .filteredOn(story -> !story.related().isEmpty())
                .hasSizeGreaterThan(10);
        assertThat(oneInstance.get("q06-feyenoord-celtic#2").tags()).isEmpty();
        assertThat(oneInstance.get("q17-feyenoord-coach#1").related())
                .extracting(link -> link.id().value())
                .doesNotContain("q06-feyenoord-celtic");
    }

    private static Map<String, List<Object>> tagsAndLinks(Map<String, StoryEnriched> enriched) {
        Map<String, List<Object>> compared = new LinkedHashMap<>();
        enriched.forEach((key, story) -> compared.put(key, List.<Object>of(story.tags(), story.related())));
        return compared;
    }

    private static String key(StoryIngested input) {
        return input.id().value() + "#" + input.version();
    }

    private static StoryEnricher enricher() {
        return new StoryEnricher(
                TAGGER,
                SUBJECTS,
                new KeywordExtractor(),
                new RelatedStories(BoundSettings.of(RelatedSettings.class)),
                new StoryCorpus(),
                Clock.systemUTC());
    }
}
