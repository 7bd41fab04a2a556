package news.wireline.publish;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock every feature reads, and the scheduler the outbox relay, embargo release and live stream run on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RuntimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
