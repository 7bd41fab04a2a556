package news.wireline.enrich.related;

import news.wireline.events.StoryEnriched;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.LogReplicas;
import news.wireline.kafka.ReplicaHealth;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RelatedConfiguration {

    @Bean
    RelatedStories relatedStories(RelatedSettings settings) {
        return new RelatedStories(settings);
    }

    /** Every instance rebuilds the index from the enriched topic, so all instances link alike. */
    @Bean
    LogReplica<StoryEnriched> relatedReplica(LogReplicas replicas, RelatedStories related) {
        return replicas.of(Topics.ENRICHED, (key, story) -> related.remember(story));
    }

    /** Not ready until the index holds every story enriched before this instance started. */
    @Bean
    HealthIndicator relatedIndex(LogReplica<StoryEnriched> relatedReplica) {
        return ReplicaHealth.of(relatedReplica);
    }
}
