package news.wireline.ingest.ledger;

import news.wireline.events.StoryIngested;
import news.wireline.kafka.LogReplica;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    /** Started and stopped with the application, like a listener container. */
    @Bean
    LogReplica<StoryIngested> ledgerReplica(StoryLedger ledger) {
        return ledger.replica();
    }

    /** Not ready to take stories until the ledger knows every story ingested before this instance started. */
    @Bean
    HealthIndicator ledger(StoryLedger ledger) {
        return () -> ledger.replica().isCaughtUp() ? Health.up().build() : Health.outOfService().withDetail("ledger", "catching up").build();
    }
}
