package news.wireline.publish.intake;

import news.wireline.events.Headers;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryPublished;
import news.wireline.events.StoryPublished.ChangeType;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryEventSender;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.FeedStore;
import news.wireline.publish.store.StoreOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stores each enriched story, then announces it on the published topic. The announcement is sent
 * only after the store committed, and again when a redelivered version is still current, so a
 * failed send is retried rather than lost: consumers may see an (id, version) twice, never zero times.
 */
@Component
class EnrichedStoryListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedStoryListener.class);

    private final FeedStore store;
    private final StoryEventSender sender;
    private final PublishSettings settings;
    private final Clock clock;

    EnrichedStoryListener(FeedStore store, StoryEventSender sender, PublishSettings settings, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    @KafkaListener(id = "${wireline.publish.listener-id:publish-enriched}", idIsGroup = false, topics = Topics.ENRICHED_NAME)
    void on(StoryEnriched story, @Header(name = Headers.TRACE_ID, required = false) String traceId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoreOutcome outcome = store.store(story, now);
        log.info("stored story {} version {}: {}", story.id(), story.version(), outcome);
        if (!outcome.isCurrent()) {
            return;
        }
        ChangeType change = outcome == StoreOutcome.PUBLISHED || story.version() == 1 ? ChangeType.PUBLISHED : ChangeType.UPDATED;
        StoryPublished published = new StoryPublished(StoryPublished.SCHEMA_VERSION, story.id(), story.version(), change, story.release().urgency(),
                story.story().headline(), story.story().section(), settings.storyUrl(story.id().value()), story.tags(),
                story.timeline().publishedAt(now));
        sender.send(Topics.PUBLISHED, story.id(), published, story.desk(), traceId);
    }
}
