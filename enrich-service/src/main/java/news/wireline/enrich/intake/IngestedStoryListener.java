package news.wireline.enrich.intake;

import news.wireline.enrich.related.RelatedStories;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.events.Headers;
import news.wireline.events.RelatedLink;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryIngested;
import news.wireline.events.Tag;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryEventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** Enriches each ingested story with tags and related links and emits it on the enriched topic. */
@Component
class IngestedStoryListener {

    private static final Logger log = LoggerFactory.getLogger(IngestedStoryListener.class);

    private final EntityTagger tagger;
    private final RelatedStories related;
    private final StoryEventSender sender;
    private final Clock clock = Clock.systemUTC();

    IngestedStoryListener(EntityTagger tagger, RelatedStories related, StoryEventSender sender) {
        this.tagger = tagger;
        this.related = related;
        this.sender = sender;
    }

    @KafkaListener(id = "${wireline.enrich.listener-id:enrich-ingested}", idIsGroup = false, topics = Topics.INGESTED_NAME)
    void on(StoryIngested story, @Header(name = Headers.TRACE_ID, required = false) String traceId) {
        List<Tag> tags = tagger.tag(story.story());
        List<RelatedLink> links = related.relatedTo(story.id(), tags);
        StoryEnriched enriched = StoryEnriched.of(story, tags, links, story.timeline().enrichedAt(clock.instant()));
        sender.send(Topics.ENRICHED, story.id(), enriched, story.desk(), traceId);
        related.remember(enriched);
        log.info("enriched story {} version {}: {} tags, {} related", story.id(), story.version(), tags.size(), links.size());
    }
}
