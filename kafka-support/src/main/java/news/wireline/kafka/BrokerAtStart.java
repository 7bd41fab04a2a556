package news.wireline.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Holds a service's start until its broker answers. Spring Kafka's admin checks the topics once
 * while the context starts and, failing fast, ends the start with it: a broker away for longer
 * than the admin's timeout when a service starts (a cluster restarted with its services) would
 * leave it crash-looping, or with {@code fail-fast} off, running without its topics. So before
 * the admin exists this asks the broker, again and again with growing pauses, logging each miss.
 */
final class BrokerAtStart implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(BrokerAtStart.class);
    private static final Duration ASK_WITHIN = Duration.ofSeconds(5);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaAdmin admin) {
            awaitBroker(admin.getConfigurationProperties());
        }
        return bean;
    }

    private static void awaitBroker(Map<String, Object> adminProperties) {
        Map<String, Object> properties = new HashMap<>(adminProperties);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ASK_WITHIN.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ASK_WITHIN.toMillis());
        String servers = servers(properties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try (Admin admin = Admin.create(properties)) {
                admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) ASK_WITHIN.toMillis()))
                        .nodes()
                        .get();
                if (attempt > 1) {
                    log.info("broker {} answered at attempt {}; starting", servers, attempt);
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the broker", e);
            } catch (Exception e) {
                log.warn(
                        "broker {} did not answer (attempt {}), trying again in {}s: {}",
                        servers,
                        attempt,
                        pause.toSeconds(),
                        rootCause(e).toString());
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Spring keeps the bootstrap servers as a list or as text; either way they are logged as Kafka writes them. */
    private static String servers(@Nullable Object bootstrapServers) {
        return bootstrapServers instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(bootstrapServers);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }
}
