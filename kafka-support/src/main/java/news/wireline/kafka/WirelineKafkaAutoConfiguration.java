package news.wireline.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import news.wireline.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.CommonMixedErrorHandler;
import org.springframework.kafka.listener.CompositeRecordInterceptor;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka plumbing every Wireline service shares, declared once: topics, value serialisation,
 * JSON conversion for listeners, dead-lettering and log context per record.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(WirelineKafkaSettings.class)
public class WirelineKafkaAutoConfiguration {

    /**
     * The one clock a service reads, injected wherever time is taken, so a test can put its own in
     * place of it.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Static, as a post-processor must be, so it is in place before the admin bean is made. */
    @Bean
    static BrokerAtStart brokerAtStart() {
        return new BrokerAtStart();
    }

    @Bean
    KafkaAdmin.NewTopics wirelineTopics(WirelineKafkaSettings settings) {
        return new KafkaAdmin.NewTopics(
                Topics.ALL.stream().map(topic -> newTopic(topic, settings)).toArray(NewTopic[]::new));
    }

    /**
     * The ingested and enriched topics are compacted: each instance rebuilds its views from them,
     * so they must keep the latest version of every story for as long as the story exists; so is
     * the current-stories topic, which new consumers start from. The others keep everything for the
     * retention period, long enough to replay after an incident.
     */
    private static NewTopic newTopic(Topics.Topic<?> topic, WirelineKafkaSettings settings) {
        TopicBuilder builder = TopicBuilder.name(topic.name())
                .partitions(settings.partitions())
                .replicas(settings.replicas());
        if (topic.equals(Topics.INGESTED) || topic.equals(Topics.ENRICHED) || topic.equals(Topics.CURRENT)) {
            return builder.compact().build();
        }
        return builder.config(
                        TopicConfig.RETENTION_MS_CONFIG,
                        String.valueOf(settings.retention().toMillis()))
                .build();
    }

    /** Raw copy and dead letters travel as the bytes they came in; events as JSON without Java type headers. */
    @Bean
    @SuppressWarnings("unchecked")
    DefaultKafkaProducerFactoryCustomizer wirelineValueSerializer(JsonMapper jsonMapper) {
        JacksonJsonSerializer<Object> json = new JacksonJsonSerializer<>(jsonMapper);
        json.setAddTypeInfo(false);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(String.class, new StringSerializer());
        byType.put(Object.class, json);
        return factory -> ((DefaultKafkaProducerFactory<Object, Object>) factory)
                .setValueSerializer(new DelegatingByTypeSerializer(byType, true));
    }

    /** Listeners declare the event type they want; the bytes are read into it here. */
    @Bean
    RecordMessageConverter wirelineMessageConverter(JsonMapper jsonMapper) {
        return new ByteArrayJacksonJsonMessageConverter(jsonMapper);
    }

    /** Writes a failed record to the dead-letter topic as it came, with its reason in headers. */
    @Bean
    DeadLetterPublishingRecoverer wirelineDeadLetters(KafkaOperations<?, ?> template) {
        DeadLetterPublishingRecoverer recoverer =
                new DeadLetterPublishingRecoverer(template, (record, failure) -> DeadLetters.destination());
        recoverer.setHeadersFunction(DeadLetters::reasonHeaders);
        return recoverer;
    }

    /** What a failure means for its record; services add what only they know as {@link RecordFault} and {@link DependencyOutage} beans. */
    @Bean
    Failures wirelineFailures(ObjectProvider<DependencyOutage> outages, ObjectProvider<RecordFault> faults) {
        return new Failures(
                outages.orderedStream().toList(), faults.orderedStream().toList());
    }

    /** Named {@code stuckRecords}: every service's readiness group includes it. */
    @Bean
    StuckRecords stuckRecords(WirelineKafkaSettings settings, MeterRegistry registry, Clock clock) {
        StuckRecords stuck = new StuckRecords(settings, registry, clock);
        stuck.startChecking();
        return stuck;
    }

    /**
     * A partition handed to another instance is no longer this one's to report stuck. The
     * container takes the one rebalance listener bean there is, or none: a service that needs its
     * own must call {@link StuckRecords#forget} from it.
     */
    @Bean
    ConsumerAwareRebalanceListener wirelineRebalanceListener(StuckRecords stuckRecords) {
        return stuckRecords.forgetRevoked();
    }

    /**
     * A record at fault is dead-lettered at once with its reason; one that failed because a
     * dependency is down is retried until the dependency is back, since it is not bad; anything
     * else is retried a few times, then dead-lettered (see {@link Failures}). Every failed attempt
     * is reported to {@link StuckRecords}. Batch listeners apply this policy themselves through
     * {@link BatchRecords}; what fails their batch anyway rolls its transaction back.
     */
    @Bean
    CommonErrorHandler wirelineErrorHandler(
            DeadLetterPublishingRecoverer wirelineDeadLetters,
            WirelineKafkaSettings settings,
            Failures wirelineFailures,
            StuckRecords stuckRecords) {
        DefaultErrorHandler handler = new DefaultErrorHandler(
                wirelineDeadLetters, new FixedBackOff(settings.retryDelay().toMillis(), settings.retries()));
        handler.setBackOffFunction((record, failure) -> switch (wirelineFailures.classify(failure)) {
            case RECORD_FAULT -> new FixedBackOff(0, 0);
            case OUTAGE -> untilBack(settings);
            case TRANSIENT -> null;
        });
        handler.setRetryListeners(stuckRecords);
        return new CommonMixedErrorHandler(handler, new RollBackBatch());
    }

    /** A rolled-back transaction's records are delivered again, after pauses that grow while it keeps failing; never skipped. */
    @Bean
    AfterRollbackProcessor<Object, Object> wirelineAfterRollback(WirelineKafkaSettings settings) {
        return new DefaultAfterRollbackProcessor<>(untilBack(settings));
    }

    @Bean
    BatchRecords batchRecords(
            ObjectProvider<ObservationRegistry> observations,
            DeadLetterPublishingRecoverer wirelineDeadLetters,
            RecordInterceptor<Object, Object> wirelineRecordInterceptor,
            Failures wirelineFailures,
            StuckRecords stuckRecords,
            WirelineKafkaSettings settings) {
        return new BatchRecords(
                observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                wirelineDeadLetters,
                wirelineRecordInterceptor,
                wirelineFailures,
                stuckRecords,
                settings);
    }

    /** No limit on attempts or elapsed time; pauses grow to {@code outageMaxDelay} so a long outage costs little. */
    private static ExponentialBackOff untilBack(WirelineKafkaSettings settings) {
        ExponentialBackOff backOff =
                new ExponentialBackOff(settings.retryDelay().toMillis(), 2.0);
        backOff.setMaxInterval(settings.outageMaxDelay().toMillis());
        return backOff;
    }

    /** Every record handled gets the story's ids in its log lines and is timed per stage; its success clears a stuck alarm. */
    @Bean
    RecordInterceptor<Object, Object> wirelineRecordInterceptor(MeterRegistry registry, StuckRecords stuckRecords) {
        return new CompositeRecordInterceptor<>(
                new StoryLogContext(), new StageMetrics(registry), stuckRecords.clearedOnSuccess());
    }

    /**
     * A topic written in transactions (ingested by ingest's decider, enriched by enrich) ends each
     * one with a commit marker that takes an offset of its own: a consumer that committed after
     * its last record would show a lag of 1 for good. Fixed, an idle consumer commits its position,
     * past the marker, and reads 0.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> wirelineContainers() {
        return container -> container.getContainerProperties().setFixTxOffsets(true);
    }

    @Bean
    ProducerListener<Object, Object> wirelineProducerListener(MeterRegistry registry) {
        return new SentEventMetrics(registry);
    }

    @Bean
    @ConditionalOnProperty("spring.kafka.consumer.group-id")
    ConsumerLagMetrics consumerLagMetrics(
            KafkaAdmin kafkaAdmin, KafkaProperties kafka, WirelineKafkaSettings settings, MeterRegistry registry) {
        return new ConsumerLagMetrics(
                () -> Admin.create(kafkaAdmin.getConfigurationProperties()),
                Objects.requireNonNull(kafka.getConsumer().getGroupId(), "made only when the group id is set"),
                settings.lagInterval(),
                registry);
    }

    /** Every service's readiness group, as a metric for the not-ready alert. */
    @Bean
    ReadinessMetric wirelineReadinessMetric(ObjectProvider<HealthEndpoint> health, MeterRegistry registry) {
        return new ReadinessMetric(
                () -> {
                    HealthEndpoint endpoint = health.getIfAvailable();
                    HealthDescriptor readiness = endpoint == null ? null : endpoint.healthForPath("readiness");
                    return readiness == null ? Status.UNKNOWN : readiness.getStatus();
                },
                registry);
    }

    /** Named {@code kafka}: readiness groups include it as {@code kafka}. */
    @Bean(name = "kafka")
    HealthIndicator brokerHealth(KafkaAdmin kafkaAdmin) {
        return new BrokerHealth(() -> Admin.create(kafkaAdmin.getConfigurationProperties()));
    }

    @Bean
    TraceIds traceIds(ObjectProvider<Tracer> tracer) {
        return new TraceIds(tracer.getIfAvailable());
    }

    @Bean
    StoryEventSender storyEventSender(
            KafkaTemplate<String, Object> kafka, JsonMapper jsonMapper, WirelineKafkaSettings settings) {
        return new StoryEventSender(kafka, jsonMapper, settings.maxEventBytes());
    }

    /**
     * The shared producer's factory, settings and listener, in transactions whose ids start with
     * {@code wireline.kafka.sender-transaction-id-prefix}: unique per instance, and stable across its
     * restarts, so a restarted instance fences its predecessor's open transaction at once.
     * Not {@code spring.kafka.producer.transaction-id-prefix}: that would make every producer and
     * listener of the service transactional, and a record listener in a transaction is retried by
     * the after-rollback processor, which never dead-letters.
     */
    @Bean
    @ConditionalOnProperty("wireline.kafka.sender-transaction-id-prefix")
    TransactionalSender transactionalSender(
            ProducerFactory<String, Object> producers,
            ProducerListener<Object, Object> wirelineProducerListener,
            ObjectProvider<ObservationRegistry> observations,
            KafkaProperties kafka,
            JsonMapper jsonMapper,
            WirelineKafkaSettings settings,
            @Value("${wireline.kafka.sender-transaction-id-prefix}") String transactionIdPrefix) {
        KafkaTemplate<String, Object> template =
                new KafkaTemplate<>(producers, Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionIdPrefix));
        template.setProducerListener(castListener(wirelineProducerListener));
        template.setObservationEnabled(kafka.getTemplate().isObservationEnabled());
        template.setObservationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        return new TransactionalSender(template, new StoryEventSender(template, jsonMapper, settings.maxEventBytes()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ProducerListener<String, Object> castListener(ProducerListener<Object, Object> listener) {
        return (ProducerListener) listener;
    }

    @Bean
    LogReplicas logReplicas(
            ConsumerFactory<Object, Object> consumerFactory,
            JsonMapper jsonMapper,
            WirelineKafkaSettings settings,
            ApplicationEventPublisher events) {
        return new LogReplicas(consumerFactory, jsonMapper, settings, events);
    }
}
