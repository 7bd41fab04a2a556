package news.wireline.enrich.related;

import news.wireline.events.StoryEnriched;
import news.wireline.kafka.LogReplica;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RelatedConfiguration {

    @Bean
    LogReplica<StoryEnriched> relatedReplica(RelatedStories related) {
        return related.replica();
    }

    /** Not ready until the index holds every story enriched before this instance started. */
    @Bean
    HealthIndicator relatedIndex(RelatedStories related) {
        return () -> related.replica().isCaughtUp() ? Health.up().build() : Health.outOfService().withDetail("index", "catching up").build();
    }
}
