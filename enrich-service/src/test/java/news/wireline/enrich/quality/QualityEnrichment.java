package news.wireline.enrich.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.intake.IngestedStories;
import news.wireline.enrich.intake.StoryEnricher;
import news.wireline.enrich.keywords.KeywordExtractor;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.enrich.related.RelatedStories;
import news.wireline.enrich.subjects.SubjectClassifier;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.events.StoryEnriched;
import news.wireline.local.BoundSettings;

/** Runs the whole enrichment over the quality set, one story a minute in file-name order, as one instance would. */
final class QualityEnrichment {

    private static final Map<QualitySet, List<StoryEnriched>> enrichedSets = new EnumMap<>(QualitySet.class);

    private QualityEnrichment() {}

    /** A set enriched once for every test class that measures it: enrichment is deterministic. */
    static synchronized List<StoryEnriched> of(QualitySet set) {
        return enrichedSets.computeIfAbsent(set, unenriched -> enrichAll(set.stories()));
    }

    private static List<StoryEnriched> enrichAll(List<QualityStory> stories) {
        StoryEnricher enricher = new StoryEnricher(
                EntityTagger.withBundledGazetteer(),
                SubjectClassifier.bundled(),
                new KeywordExtractor(),
                new RelatedStories(BoundSettings.of(RelatedSettings.class)),
                new StoryCorpus(),
                Clock.systemUTC());
        List<StoryEnriched> enriched = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            StoryEnriched story = enricher.enrich(IngestedStories.ingested(
                    stories.get(i).id(), 1, i, stories.get(i).story()));
            enricher.remember(story);
            enriched.add(story);
        }
        return enriched;
    }
}
