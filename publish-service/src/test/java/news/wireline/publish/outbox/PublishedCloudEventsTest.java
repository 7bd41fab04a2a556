package news.wireline.publish.outbox;

import static news.wireline.publish.Stories.person;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.wireline.events.Headers;
import news.wireline.publish.KafkaTopics;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Stories;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published topic as a downstream consumer sees it, through the running service, the real
 * broker and the real database: CloudEvents read with the SDK, and the deduplication rule
 * docs/consumers.md gives.
 */
@PublishServiceTest
class PublishedCloudEventsTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedAndReEnrichedVersionsAreCloudEventsNamedForTheirOutboxEntryInTheStorysTrace() {
        String id = Stories.uniqueId("cloudevents");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Stories ferry = story(id, "Ferries sail again").tags(place("Calais"));

        KafkaTopics.sendEnriched(ferry.enriched(), traceId);
        KafkaTopics.published(id, PATIENCE, records -> records.size() >= 1);
        KafkaTopics.sendEnriched(ferry.tags(place("Calais"), person("Ana Ruiz")).enriched(), traceId);
        List<ConsumerRecord<String, byte[]>> records = KafkaTopics.published(id, PATIENCE, read -> read.size() >= 2);

        List<CloudEvent> events = records.stream()
                .map(record -> KafkaMessageFactory.createReader(record).toEvent())
                .toList();
        String origin =
                jdbc.sql("SELECT origin FROM outbox_origin").query(String.class).single();
        List<Long> entries = jdbc.sql("SELECT seq FROM outbox WHERE story_id = :id ORDER BY seq")
                .param("id", id)
                .query(Long.class)
                .list();
        assertThat(events)
                .extracting(CloudEvent::getType)
                .containsExactly("news.wireline.story.published", "news.wireline.story.updated");
        assertThat(events)
                .extracting(CloudEvent::getId)
                .containsExactly(origin + ":" + entries.get(0), origin + ":" + entries.get(1));
        assertThat(events).extracting(CloudEvent::getSpecVersion).containsOnly(SpecVersion.V1);
        assertThat(events).extracting(CloudEvent::getSource).containsOnly(URI.create("/wireline/publish-service"));
        assertThat(events).extracting(CloudEvent::getSubject).containsOnly(id);
        assertThat(events)
                .extracting(CloudEvent::getDataSchema)
                .containsOnly(URI.create("https://wireline.news/schema/StoryPublished.schema.json"));
        assertThat(events).extracting(CloudEvent::getDataContentType).containsOnly("application/json");
        for (CloudEvent event : events) {
            Instant published = Instant.parse(json(event.getData().toBytes())
                    .get("timeline")
                    .get("published")
                    .asString());
            assertThat(event.getTime()).isEqualTo(OffsetDateTime.ofInstant(published, ZoneOffset.UTC));
        }
        assertThat(records)
                .extracting(record -> KafkaTopics.header(record, Headers.TRACEPARENT))
                .allSatisfy(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-"));
    }

    @Test
    void aConsumerDeduplicatingByEventIdKeepsTheReEnrichmentAndDropsARedelivery() {
        String id = Stories.uniqueId("dedupe");
        Stories strike = story(id, "Dockworkers walk out").tags(place("Rotterdam"));
        KafkaTopics.sendEnriched(strike.enriched(), "trace-dedupe");
        KafkaTopics.published(id, PATIENCE, records -> records.size() >= 1);
        KafkaTopics.sendEnriched(
                strike.tags(place("Rotterdam"), person("Pieter Jansen")).enriched(), "trace-dedupe");
        List<ConsumerRecord<String, byte[]>> records = KafkaTopics.published(id, PATIENCE, read -> read.size() >= 2);
        DocumentedConsumer consumer = new DocumentedConsumer();

        // the second pass is a redelivery: a consumer that crashed before committing reads it all again
        records.forEach(consumer::accept);
        records.forEach(consumer::accept);

        assertThat(consumer.applied).containsExactly("PUBLISHED@1", "UPDATED@1");
        assertThat(consumer.shown.get(id).get("tags").findValuesAsString("name"))
                .containsExactly("Rotterdam", "Pieter Jansen");
    }

    /** The rule in docs/consumers.md, "Ordering and duplicates", as a consumer would write it. */
    static final class DocumentedConsumer {

        final Set<String> seenEventIds = new HashSet<>();
        final Map<String, Integer> appliedVersion = new HashMap<>();
        final Map<String, JsonNode> shown = new HashMap<>();
        final List<String> applied = new ArrayList<>();

        void accept(ConsumerRecord<String, byte[]> record) {
            String eventId = KafkaTopics.header(record, Headers.CE_ID);
            JsonNode event = json(record.value());
            String id = event.get("id").asString();
            int version = event.get("version").asInt();
            if (!seenEventIds.add(eventId) || version < appliedVersion.getOrDefault(id, 0)) {
                return;
            }
            shown.put(id, event);
            appliedVersion.put(id, version);
            applied.add(event.get("change").asString() + "@" + version);
        }
    }

    private static JsonNode json(byte[] value) {
        return JSON.readTree(value);
    }
}
