package news.wireline.enrich.intake;

import news.wireline.enrich.related.RelatedStories;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.events.Headers;
import news.wireline.events.RelatedLink;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryIngested;
import news.wireline.events.Tag;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Enriches each ingested story with tags and related links and emits it on the enriched topic. */
@Component
class IngestedStoryListener {

    private static final Logger log = LoggerFactory.getLogger(IngestedStoryListener.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final EntityTagger tagger;
    private final RelatedStories related;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock = Clock.systemUTC();

    IngestedStoryListener(EntityTagger tagger, RelatedStories related, KafkaTemplate<String, Object> kafka) {
        this.tagger = tagger;
        this.related = related;
        this.kafka = kafka;
    }

    @KafkaListener(id = "${wireline.enrich.listener-id:enrich-ingested}", idIsGroup = false, topics = Topics.INGESTED_NAME)
    void on(StoryIngested story, @Header(name = Headers.TRACE_ID, required = false) String traceId)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<Tag> tags = tagger.tag(story.story());
        List<RelatedLink> links = related.relatedTo(story.id(), tags);
        StoryEnriched enriched = StoryEnriched.of(story, tags, links, story.timeline().enrichedAt(clock.instant()));
        kafka.send(StoryRecords.record(Topics.ENRICHED, story.id(), enriched, story.desk(),
                        traceId != null ? traceId : StoryRecords.newTraceId()))
                .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        related.remember(enriched);
        log.info("enriched story {} version {}: {} tags, {} related", story.id(), story.version(), tags.size(), links.size());
    }
}
