package news.wireline.publish.stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import news.wireline.publish.outbox.PublishedEntry;
import news.wireline.publish.outbox.PublishedLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Follows the published log and fans each event out to the open streams that want it. The log is
 * the outbox table, shared by every instance, so a stream shows the same events in the same order
 * whichever instance serves it, and a reconnecting reader is replayed from its Last-Event-ID. The
 * log is read once a poll, from where the live streams are; a reader resuming from further back
 * catches up on its own ({@link CatchUp}) and joins them once it reaches that place, so nobody waits
 * for it.
 */
@Component
class StreamHub implements SchedulingConfigurer, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
    private static final Frame HELLO =
            new Frame(0, null, "retry: 2000\n: wireline stories\n\n".getBytes(StandardCharsets.UTF_8));

    /** What a stream tells the hub. */
    interface Ends {
        /** @param reason why the hub cut it, or null when the reader left or the stream timed out */
        void ended(Subscriber subscriber, @Nullable CutReason reason);

        void wantsMore(Subscriber subscriber);
    }

    private final PublishedLog published;
    private final Frames frames;
    private final StreamSettings settings;
    private final Clock clock;
    private final StreamMetrics metrics;
    private final CatchUp catchUp;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    /** Cut streams whose reason is not yet written: no longer counted, but closed on shutdown all the same. */
    private final Set<Subscriber> closing = ConcurrentHashMap.newKeySet();

    private final AtomicInteger open = new AtomicInteger();
    private final Ends ends = new Ends() {
        @Override
        public void ended(Subscriber subscriber, @Nullable CutReason reason) {
            if (subscribers.remove(subscriber)) {
                open.decrementAndGet();
            }
            closing.remove(subscriber);
            if (reason != null) {
                closing.add(subscriber);
                metrics.cut(reason);
                log.info("live {} cut, {}: {} streams open", subscriber, reason.tag(), open.get());
            }
        }

        @Override
        public void wantsMore(Subscriber subscriber) {
            catchUp.request(subscriber);
        }
    };
    private final Object fanOut = new Object();
    /** Where the live streams are in the log (guarded by fanOut); -1 until a stream first joins. */
    private long livePosition = -1;

    private volatile boolean running;

    StreamHub(PublishedLog published, Frames frames, StreamSettings settings, Clock clock, StreamMetrics metrics) {
        this.published = published;
        this.frames = frames;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.catchUp = new CatchUp(published, frames, settings, this::join);
        metrics.open(open);
    }

    /**
     * Opens a stream on this request, or returns false when this instance serves as many as it may.
     *
     * @param lastEventId the position the reader already has, or null to start from now
     */
    boolean subscribe(
            HttpServletRequest request, HttpServletResponse response, @Nullable String tag, @Nullable Long lastEventId)
            throws IOException {
        if (open.incrementAndGet() > settings.maxStreams() || !running) {
            open.decrementAndGet();
            metrics.refused();
            return false;
        }
        long from = lastEventId != null ? lastEventId : published.head();
        response.setContentType("text/event-stream");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Once a stream ends its connection goes, rather than wait idle as if a page might follow.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(settings.timeout().toMillis());
        Subscriber subscriber = new Subscriber(async, ends, tag, from, settings, clock);
        async.addListener(subscriber);
        subscribers.add(subscriber);
        subscriber.offer(List.of(HELLO));
        if (lastEventId == null) {
            join(subscriber);
        }
        // The container calls it once now, on its own thread: it writes the greeting and, if behind, asks for a page.
        async.getResponse().getOutputStream().setWriteListener(subscriber);
        return true;
    }

    /** Makes a stream that has read the log up to where the live streams are one of them. */
    private boolean join(Subscriber subscriber) {
        synchronized (fanOut) {
            if (livePosition < 0) {
                livePosition = subscriber.lastQueued();
            }
            if (subscriber.lastQueued() >= livePosition) {
                subscriber.goLive();
            }
            return subscriber.isLive();
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::push, settings.pollInterval());
    }

    void push() {
        try {
            List<Frame> batch;
            synchronized (fanOut) {
                if (subscribers.stream().noneMatch(Subscriber::isLive)) {
                    // Read again from wherever the next stream joins, not from where the last one left.
                    livePosition = -1;
                    batch = List.of();
                } else {
                    List<PublishedEntry> entries = published.after(livePosition, settings.batchSize());
                    batch = frames.of(entries);
                    subscribers.stream().filter(Subscriber::isLive).forEach(subscriber -> subscriber.offer(batch));
                    livePosition = entries.isEmpty()
                            ? livePosition
                            : entries.get(entries.size() - 1).position();
                }
            }
            Instant now = clock.instant();
            for (Subscriber subscriber : subscribers) {
                if (!batch.isEmpty() && subscriber.isLive()) {
                    subscriber.write();
                }
                subscriber.tick(now);
            }
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
        closing.forEach(Subscriber::close);
        closing.clear();
        catchUp.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
