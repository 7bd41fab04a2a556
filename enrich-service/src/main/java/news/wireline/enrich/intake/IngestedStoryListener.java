package news.wireline.enrich.intake;

import news.wireline.events.Headers;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryIngested;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.StoryEventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Enriches each ingested story and emits it on the enriched topic. The container runs each record
 * in a Kafka transaction: the enriched event and the ingested offset commit together, so a crash
 * never emits a story twice to read_committed consumers, nor loses one.
 */
@Component
class IngestedStoryListener {

    private static final Logger log = LoggerFactory.getLogger(IngestedStoryListener.class);

    private final LogReplica<StoryEnriched> corpusReplica;
    private final IntakeSettings settings;
    private final StoryEnricher enricher;
    private final StoryEventSender sender;
    private volatile boolean historyRead;

    IngestedStoryListener(LogReplica<StoryEnriched> corpusReplica, IntakeSettings settings, StoryEnricher enricher,
            StoryEventSender sender) {
        this.corpusReplica = corpusReplica;
        this.settings = settings;
        this.enricher = enricher;
        this.sender = sender;
    }

    @KafkaListener(id = "${wireline.enrich.listener-id:enrich-ingested}", idIsGroup = false, topics = Topics.INGESTED_NAME)
    void on(StoryIngested story, @Header(name = Headers.TRACE_ID, required = false) String traceId) throws InterruptedException {
        awaitHistory();
        StoryEnriched enriched = enricher.enrich(story);
        sender.send(Topics.ENRICHED, story.id(), enriched, story.desk(), traceId);
        // Remembered before the commit: if the transaction aborts, the story is enriched again, identically.
        enricher.remember(enriched);
        log.info("enriched story {} version {}: {} tags, {} related", story.id(), story.version(),
                enriched.tags().size(), enriched.related().size());
    }

    /** Until the corpus holds the enriched topic's history, every story would look like the first one. */
    private void awaitHistory() throws InterruptedException {
        if (!historyRead) {
            if (!corpusReplica.awaitCaughtUp(settings.startupPatience())) {
                log.warn("enriching before the corpus has read the enriched topic's history: links may miss earlier stories");
            }
            historyRead = true;
        }
    }
}
