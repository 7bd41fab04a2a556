package news.wireline.publish.stream;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.wireline.publish.outbox.PublishedEntry;
import news.wireline.publish.outbox.PublishedLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Follows the published log and pushes each event to the open streams that want it. The log is
 * the outbox table, shared by every instance, so a stream shows the same events in the same order
 * whichever instance serves it, and a reconnecting reader is replayed from its Last-Event-ID.
 * Only the scheduler's thread writes to the streams, so each reader's events stay in order.
 */
@Component
class StreamHub implements SchedulingConfigurer, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
    private static final long RECONNECT_MILLIS = 2_000;

    private final PublishedLog published;
    private final StreamSettings settings;
    private final Clock clock;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    StreamHub(PublishedLog published, StreamSettings settings, Clock clock) {
        this.published = published;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param lastEventId the position the reader already has, or null to start from now */
    SseEmitter subscribe(@Nullable String tag, @Nullable Long lastEventId) throws IOException {
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        Subscriber subscriber =
                new Subscriber(emitter, tag, lastEventId != null ? lastEventId : published.head(), clock.instant());
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(failure -> subscribers.remove(subscriber));
        // Sent at once, so the reader knows it is connected and how soon to come back if cut off.
        emitter.send(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).comment("wireline stories"));
        subscribers.add(subscriber);
        return emitter;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::push, settings.pollInterval());
    }

    void push() {
        try {
            if (subscribers.isEmpty()) {
                return;
            }
            // The reader furthest behind sets where to read from; the others skip what they already have.
            long from =
                    subscribers.stream().mapToLong(Subscriber::lastSent).min().orElseThrow();
            List<PublishedEntry> entries = published.after(from, settings.batchSize());
            subscribers.removeIf(subscriber -> !subscriber.deliver(entries, clock.instant(), settings.heartbeat()));
        } catch (RuntimeException e) {
            log.warn("live stream push failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Closes every stream before the web server's graceful shutdown, which would otherwise wait on them. */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(Subscriber::close);
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
