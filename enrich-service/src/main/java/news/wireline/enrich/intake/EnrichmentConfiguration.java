package news.wireline.enrich.intake;

import java.time.Clock;
import news.wireline.enrich.corpus.CorpusSettings;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.keywords.KeywordExtractor;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.enrich.related.RelatedStories;
import news.wireline.enrich.subjects.SubjectClassifier;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.LogReplicas;
import news.wireline.kafka.ReplicaHealth;
import news.wireline.kafka.ReplicaStart;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnrichmentConfiguration {

    /** Models, gazetteer and topic lists are read once here, at start-up, and shared by every listener thread. */
    @Bean
    StoryEnricher storyEnricher(StoryCorpus corpus, RelatedSettings related) {
        return new StoryEnricher(
                EntityTagger.withBundledGazetteer(),
                SubjectClassifier.bundled(),
                new KeywordExtractor(),
                new RelatedStories(related),
                corpus,
                Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    StoryCorpus storyCorpus(CorpusSettings settings) {
        return StoryCorpus.open(settings);
    }

    /**
     * Every instance builds its corpus from the enriched topic, so all instances link and weigh
     * alike; one kept on disk resumes from the offsets it holds instead of reading it all again.
     */
    @Bean
    LogReplica<StoryEnriched> corpusReplica(LogReplicas replicas, StoryCorpus corpus) {
        return replicas.resuming(
                Topics.ENRICHED,
                new ReplicaStart(corpus.offsets(), corpus::startOver),
                (key, story, partition, offset) -> corpus.add(story, partition, offset));
    }

    /** Not ready until the corpus holds every story enriched before this instance started. */
    @Bean
    HealthIndicator corpusIndex(LogReplica<StoryEnriched> corpusReplica) {
        return ReplicaHealth.of(corpusReplica);
    }
}
