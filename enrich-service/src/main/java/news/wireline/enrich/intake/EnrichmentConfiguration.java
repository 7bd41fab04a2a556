package news.wireline.enrich.intake;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import news.wireline.enrich.corpus.CorpusSettings;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.LogReplicas;
import news.wireline.kafka.ReplicaHealth;
import news.wireline.kafka.ReplicaStart;
import news.wireline.kafka.StoryEventSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
class EnrichmentConfiguration {

    /** Models, gazetteer and topic lists are read once here, at start-up, and shared by every listener thread. */
    @Bean
    StoryEnricher storyEnricher(StoryCorpus corpus, RelatedSettings related, Clock clock) {
        return StoryEnricher.bundled(corpus, related, clock);
    }

    @Bean(destroyMethod = "close")
    StoryCorpus storyCorpus(CorpusSettings settings) {
        return StoryCorpus.open(settings);
    }

    /**
     * Every instance builds its corpus from the enriched topic, so all instances link and weigh
     * alike; one kept on disk resumes from the offsets it holds instead of reading it all again.
     * Each story new to it has the stories ingested after it checked again.
     */
    @Bean
    LogReplica<StoryEnriched> corpusReplica(
            LogReplicas replicas, StoryCorpus corpus, StoryEnricher enricher, RecentStories recent) {
        return replicas.resuming(
                Topics.ENRICHED,
                new ReplicaStart(corpus.offsets(), corpus::startOver),
                (key, story, partition, offset) -> recent.joined(story, enricher.remember(story, partition, offset)));
    }

    @Bean
    RecentStories recentStories(RevisionSettings settings) {
        return new RecentStories(settings);
    }

    @Bean
    StoryLocks storyLocks() {
        return new StoryLocks();
    }

    @Bean
    Revisions revisions(
            RecentStories recent,
            StoryEnricher enricher,
            StoryLocks locks,
            StoryEventSender sender,
            KafkaTemplate<String, Object> kafka,
            KafkaListenerEndpointRegistry registry,
            @Value("${wireline.enrich.listener-id:enrich-ingested}") String listenerId,
            LogReplica<StoryEnriched> corpusReplica,
            IntakeSettings intake,
            RevisionSettings settings,
            MeterRegistry meters) {
        return new Revisions(
                recent,
                enricher,
                new StoryOwnership(registry, corpusReplica::partitions, listenerId),
                locks,
                sender,
                kafka,
                corpusReplica,
                intake,
                settings,
                meters);
    }

    /** Not ready until the corpus holds every story enriched before this instance started. */
    @Bean
    HealthIndicator corpusIndex(LogReplica<StoryEnriched> corpusReplica) {
        return ReplicaHealth.of(corpusReplica);
    }
}
