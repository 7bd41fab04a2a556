package news.wireline.enrich.intake;

import java.util.List;
import news.wireline.events.Headers;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryIngested;
import news.wireline.events.Topics;
import news.wireline.kafka.BatchRecords;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.StoryEventSender;
import news.wireline.kafka.StoryRecords;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Enriches each ingested story and emits it on the enriched topic. The container runs each poll in
 * one Kafka transaction: the poll's enriched events, its dead letters and its ingested offsets
 * commit together, so a crash never emits a story twice to read_committed consumers, nor loses one.
 * One transaction per poll rather than per story, because each costs broker round trips.
 */
@Component
class IngestedStoryListener {

    private static final Logger log = LoggerFactory.getLogger(IngestedStoryListener.class);

    private final LogReplica<StoryEnriched> corpusReplica;
    private final IntakeSettings settings;
    private final StoryEnricher enricher;
    private final StoryEventSender sender;
    private final BatchRecords batch;
    private final RecordMessageConverter converter;
    private final RecentStories recent;
    private final StoryLocks locks;
    private volatile boolean historyRead;

    IngestedStoryListener(
            LogReplica<StoryEnriched> corpusReplica,
            IntakeSettings settings,
            StoryEnricher enricher,
            StoryEventSender sender,
            BatchRecords batch,
            RecordMessageConverter converter,
            RecentStories recent,
            StoryLocks locks) {
        this.corpusReplica = corpusReplica;
        this.settings = settings;
        this.enricher = enricher;
        this.sender = sender;
        this.batch = batch;
        this.converter = converter;
        this.recent = recent;
        this.locks = locks;
    }

    @KafkaListener(
            id = "${wireline.enrich.listener-id:enrich-ingested}",
            idIsGroup = false,
            topics = Topics.INGESTED_NAME,
            batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) throws InterruptedException {
        awaitHistory();
        batch.handleEach(records, consumer, record -> enrich(record, consumer), this::emit);
    }

    /** An enriched story, with how many stories had joined the corpus before its view was taken. */
    private record Enrichment(StoryEnriched story, long arrivalsBefore) {}

    private Enrichment enrich(ConsumerRecord<String, byte[]> record, Consumer<?, ?> consumer) {
        long arrivalsBefore = recent.arrivals();
        return new Enrichment(enricher.enrich(read(record, consumer)), arrivalsBefore);
    }

    private StoryIngested read(ConsumerRecord<String, byte[]> record, Consumer<?, ?> consumer) {
        return (StoryIngested)
                converter.toMessage(record, null, consumer, StoryIngested.class).getPayload();
    }

    /**
     * Remembered as soon as sent, so the rest of the poll links to it; if the transaction aborts, it
     * is enriched again, identically. Stories enriched before it without it are checked again, and
     * so is it, if a story ingested before it joined the corpus while it was being enriched.
     */
    private void emit(ConsumerRecord<String, byte[]> record, Enrichment enrichment) {
        StoryEnriched enriched = enrichment.story();
        locks.with(enriched.id(), () -> {
            sender.send(
                    Topics.ENRICHED,
                    enriched.id(),
                    enriched,
                    enriched.desk(),
                    StoryRecords.header(record, Headers.TRACE_ID));
            recent.enriched(enriched, enricher.remember(enriched), enrichment.arrivalsBefore());
            return null;
        });
        log.info(
                "enriched story {} version {}: {} tags, {} related",
                enriched.id(),
                enriched.version(),
                enriched.tags().size(),
                enriched.related().size());
    }

    /** Until the corpus holds the enriched topic's history, every story would look like the first one. */
    private void awaitHistory() throws InterruptedException {
        if (!historyRead) {
            if (!corpusReplica.awaitCaughtUp(settings.startupPatience())) {
                log.warn(
                        "enriching before the corpus has read the enriched topic's history: links may miss earlier stories");
            }
            historyRead = true;
        }
    }
}
