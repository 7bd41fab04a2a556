package news.wireline.publish.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import news.wireline.events.Headers;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Topics;
import news.wireline.publish.store.StoreOutcome;
import news.wireline.publish.store.StoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Stores each enriched story. Announcing it is the outbox's job: the event is written in the same
 * transaction as the story, so a redelivered record finds its version current and changes nothing.
 */
@Component
class EnrichedStoryListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedStoryListener.class);

    private final StoryWriter writer;
    private final Clock clock;

    EnrichedStoryListener(StoryWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @KafkaListener(
            id = "${wireline.publish.listener-id:publish-enriched}",
            idIsGroup = false,
            topics = Topics.ENRICHED_NAME)
    void on(StoryEnriched story, @Header(name = Headers.TRACE_ID, required = false) String traceId) {
        // PostgreSQL keeps microseconds; trimming here makes what is stored and what is announced agree.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoreOutcome outcome = writer.store(story, traceId, now);
        log.info(
                "stored story {} version {} ({}): {}",
                story.id(),
                story.version(),
                story.release().status(),
                outcome);
    }
}
