package news.wireline.publish;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduler the outbox relay, embargo release and live stream run on; their clock is kafka-support's. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RuntimeConfiguration {}
