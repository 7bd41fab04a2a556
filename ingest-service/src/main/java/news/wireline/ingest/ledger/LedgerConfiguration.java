package news.wireline.ingest.ledger;

import news.wireline.events.StoryIngested;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.LogReplicas;
import news.wireline.kafka.ReplicaHealth;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    StoryLedger storyLedger() {
        return new StoryLedger();
    }

    /** Feeds the ledger from the ingested topic; started and stopped with the application. */
    @Bean
    LogReplica<StoryIngested> ledgerReplica(LogReplicas replicas, StoryLedger ledger) {
        return replicas.of(Topics.INGESTED, (key, event) -> ledger.record(event));
    }

    /** Not ready to take stories until the ledger knows every story ingested before this instance started. */
    @Bean
    HealthIndicator ledger(LogReplica<StoryIngested> ledgerReplica) {
        return ReplicaHealth.of(ledgerReplica);
    }
}
