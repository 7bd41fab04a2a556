package news.wireline.enrich.intake;

import news.wireline.enrich.tagging.EntityTagger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TaggerConfiguration {

    /** Loaded once: the gazetteer is read at start-up and shared by every listener thread. */
    @Bean
    EntityTagger entityTagger() {
        return EntityTagger.withBundledGazetteer();
    }
}
