package news.wireline.publish.outbox;

import static news.wireline.publish.outbox.Relays.NOON;
import static news.wireline.publish.outbox.Relays.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.kafka.TransactionalSender;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.TestDatabase;
import news.wireline.publish.outbox.SentEventsReader.SentEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The span a story was stored in, kept in the outbox beside its trace id, and the relay's span
 * continuing it, with the service's own tracer. The outbox is one of the test's own, so the
 * service's relay never sends it.
 */
@PublishServiceTest
class OutboxTraceTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String UPSTREAM_SPAN = "00f067aa0ba902b7";

    @Autowired
    Tracer tracer;

    HikariDataSource dataSource;
    JdbcClient jdbc;
    Outbox outbox;
    /** The span each record was sent in, as the relay's producer would see it. */
    List<TraceContext> sentIn = new ArrayList<>();

    @BeforeEach
    void ownOutbox() {
        dataSource = TestDatabase.fresh("wireline_outbox_trace");
        jdbc = JdbcClient.create(dataSource);
        outbox = new Outbox(jdbc, JsonMapper.builder().build(), tracer);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void theRelaysSpanIsAChildOfTheSpanTheStoryWasStoredInAndSampledAsItWas() {
        // As the listener's span continues a sampled enriched record's traceparent.
        Span stored = tracer.spanBuilder()
                .setParent(tracer.traceContextBuilder()
                        .traceId(TRACE)
                        .spanId(UPSTREAM_SPAN)
                        .sampled(true)
                        .build())
                .name("store story")
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(stored)) {
            outbox.append(event("traced", 1, ChangeType.PUBLISHED), "desk", TRACE, NOON);
        } finally {
            stored.end();
        }

        assertThat(jdbc.sql("SELECT parent_span_id || ' ' || trace_sampled FROM outbox")
                        .query(String.class)
                        .single())
                .isEqualTo(stored.context().spanId() + " true");
        assertThat(relay().relayPending()).isEqualTo(1);

        assertThat(sentIn).hasSize(2).allSatisfy(context -> {
            assertThat(context.traceId()).isEqualTo(TRACE);
            assertThat(context.parentId()).isEqualTo(stored.context().spanId());
            assertThat(context.sampled()).isTrue();
        });
    }

    @Test
    void aStoryStoredOutsideItsTraceKeepsNoSpanAndItsRelaySpanIsInItsTraceUnsampled() {
        Span other = tracer.nextSpan().name("another trace").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(other)) {
            outbox.append(event("untraced", 1, ChangeType.PUBLISHED), "desk", TRACE, NOON);
        } finally {
            other.end();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE parent_span_id IS NULL AND trace_sampled IS NULL")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(relay().relayPending()).isEqualTo(1);

        assertThat(sentIn).hasSize(2).allSatisfy(context -> {
            assertThat(context.traceId()).isEqualTo(TRACE);
            assertThat(context.sampled()).isFalse();
        });
    }

    private OutboxRelay relay() {
        TransactionalSender sender = Relays.workAsItIs();
        when(sender.send(any(ProducerRecord.class))).thenAnswer(invocation -> {
            sentIn.add(tracer.currentSpan().context());
            ProducerRecord<?, ?> record = invocation.getArgument(0);
            return new RecordMetadata(new TopicPartition(record.topic(), 0), sentIn.size(), 0, 0, 0, 0);
        });
        SentEventsReader reader = mock(SentEventsReader.class);
        when(reader.read(any(), any(), any())).thenReturn(new SentEvents(List.of(), Map.of()));
        return Relays.relay(
                jdbc,
                sender,
                reader,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Clock.fixed(NOON, ZoneOffset.UTC),
                tracer);
    }
}
