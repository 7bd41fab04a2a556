package news.wireline.enrich.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Topics;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.StoryEventSender;
import news.wireline.kafka.StoryRecords;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Enriches again the stories {@link RecentStories} holds waiting, and emits each whose links came
 * out different, at the same version: publish replaces them and announces the story
 * as updated. Only the stories this instance enriches ({@link StoryOwnership}), each in a Kafka
 * transaction of its own. After a start, once the corpus has read the enriched topic, every
 * story in the window is checked once, so a revision a stopped instance never made is made.
 */
final class Revisions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Revisions.class);
    /** A revision that keeps failing (the broker away for minutes, say) is given up, not tried every round for ever. */
    private static final int MAX_ATTEMPTS = 20;

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

    private final RecentStories recent;
    private final StoryEnricher enricher;
    private final StoryOwnership ownership;
    private final StoryLocks locks;
    private final StoryEventSender sender;
    private final KafkaTemplate<String, Object> kafka;
    private final LogReplica<StoryEnriched> corpusReplica;
    private final IntakeSettings intake;
    private final RevisionSettings settings;
    private final Counter emitted;
    private final Counter unchanged;
    private final Map<StoryId, Integer> failures = new HashMap<>();
    private volatile boolean running;
    private @Nullable Thread thread;

    Revisions(
            RecentStories recent,
            StoryEnricher enricher,
            StoryOwnership ownership,
            StoryLocks locks,
            StoryEventSender sender,
            KafkaTemplate<String, Object> kafka,
            LogReplica<StoryEnriched> corpusReplica,
            IntakeSettings intake,
            RevisionSettings settings,
            MeterRegistry registry) {
        this.recent = recent;
        this.enricher = enricher;
        this.ownership = ownership;
        this.locks = locks;
        this.sender = sender;
        this.kafka = kafka;
        this.corpusReplica = corpusReplica;
        this.intake = intake;
        this.settings = settings;
        this.emitted = Counter.builder("wireline.enrich.revisions")
                .description("stories enriched again after an earlier-ingested story reached the corpus")
                .tag("outcome", "emitted")
                .register(registry);
        this.unchanged = Counter.builder("wireline.enrich.revisions")
                .description("stories enriched again after an earlier-ingested story reached the corpus")
                .tag("outcome", "unchanged")
                .register(registry);
        registry.gauge("wireline.enrich.revisions.waiting", recent, RecentStories::waiting);
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "enrich-revisions");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the round under way, so the corpus is not closed under it. */
    @Override
    public void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(STOP_PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try {
            if (!corpusReplica.awaitCaughtUp(intake.startupPatience())) {
                log.warn("revising links before the corpus has read the enriched topic's history");
            }
            // Until the listener holds its partitions, every story would look like another instance's.
            while (running && ownership.assigned().isEmpty()) {
                Thread.sleep(settings.settle().toMillis() + 1);
            }
            recent.checkAll();
            Set<TopicPartition> held = Set.copyOf(ownership.assigned());
            while (running) {
                List<StoryId> waiting = recent.takeWaiting(settings.settle());
                try {
                    // Partitions taken over from another instance: what waited there may have been dropped in the move.
                    Set<TopicPartition> now = Set.copyOf(ownership.assigned());
                    if (!held.containsAll(now)) {
                        recent.checkAll();
                        waiting = recent.takeWaitingNow();
                    }
                    held = now;
                    Predicate<StoryId> ours = ownership.now();
                    waiting.stream().filter(ours).takeWhile(id -> running).forEach(this::check);
                } catch (RuntimeException e) {
                    log.warn(
                            "cannot tell which of {} waiting stories this instance revises; trying them next round",
                            waiting.size(),
                            e);
                    waiting.forEach(recent::checkAgain);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check(StoryId id) {
        Optional<StoryEnriched> known = recent.latest(id);
        if (known.isEmpty() || withdrawn(known.get())) {
            return;
        }
        // the key kafka-support's record interceptor uses, so revision lines are found with the story's others
        try (MDC.MDCCloseable story = MDC.putCloseable("storyId", id.value())) {
            StoryEnriched again = enricher.again(known.get());
            // Links only: a keyword's confidence moves with every story the corpus gains, and announcing
            // each such move as an update would flood consumers; changed links carry fresh keywords along.
            if (again.related().equals(known.get().related())) {
                unchanged.increment();
            } else if (locks.with(id, () -> emitIfLatest(known.get(), again))) {
                emitted.increment();
                log.info(
                        "revised story {} version {}: {} related, were {}",
                        id,
                        again.version(),
                        again.related().size(),
                        known.get().related().size());
            }
            failures.remove(id);
        } catch (RuntimeException e) {
            int failed = failures.merge(id, 1, Integer::sum);
            if (failed < MAX_ATTEMPTS) {
                log.warn("could not revise story {} (attempt {}); checking it again next round", id, failed, e);
                recent.checkAgain(id);
            } else {
                failures.remove(id);
                log.error("gave up revising story {} after {} attempts; its links stay as sent", id, failed, e);
            }
        }
    }

    /** Sent and acknowledged before the lock is let go, so the listener's next version of the story comes after it. */
    private boolean emitIfLatest(StoryEnriched known, StoryEnriched again) {
        Optional<StoryEnriched> latest = recent.latest(known.id());
        if (latest.isEmpty() || latest.get().version() != known.version()) {
            return false;
        }
        kafka.executeInTransaction(operations -> sender.send(
                StoryRecords.record(Topics.ENRICHED, again.id(), again, again.desk(), StoryRecords.newTraceId())));
        recent.joined(again, false);
        return true;
    }

    private static boolean withdrawn(StoryEnriched story) {
        return story.release() != null && story.release().isWithdrawn();
    }
}
