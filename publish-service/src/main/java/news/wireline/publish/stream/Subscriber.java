package news.wireline.publish.stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import news.wireline.events.StoryPublished;
import org.jspecify.annotations.Nullable;

/**
 * One open stream: its own bounded queue of frames, written with non-blocking servlet writes, so a
 * reader that stops reading fills only its own queue and holds no thread. Whichever thread queues a
 * frame, or the container saying the socket takes more, writes; the others only ask it to go on, so
 * frames stay in order and no thread ever waits on a stream. A stream that takes nothing for a
 * heartbeat, or lets its queue fill, is cut: its queue is replaced by one frame saying why.
 */
final class Subscriber implements WriteListener, AsyncListener {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final StreamHub.Ends ends;
    private final @Nullable String tag;
    private final BlockingQueue<Frame> queue;
    private final Clock clock;
    private final Duration heartbeat;
    private final AtomicInteger writesAsked = new AtomicInteger();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile long lastQueued;
    private volatile boolean live;
    private volatile Instant lastWrite;
    private volatile @Nullable Instant blockedSince;
    private volatile @Nullable Instant cutAt;
    private volatile boolean done;
    /** Set once the container has called the write listener: before that a write would block. */
    private volatile boolean nonBlocking;

    private boolean unflushed;

    Subscriber(
            AsyncContext async,
            StreamHub.Ends ends,
            @Nullable String tag,
            long lastQueued,
            StreamSettings settings,
            Clock clock)
            throws IOException {
        this.async = async;
        this.out = async.getResponse().getOutputStream();
        this.ends = ends;
        this.tag = tag;
        this.lastQueued = lastQueued;
        this.queue = new ArrayBlockingQueue<>(settings.queueSize());
        this.clock = clock;
        this.heartbeat = settings.heartbeat();
        this.lastWrite = clock.instant();
    }

    long lastQueued() {
        return lastQueued;
    }

    boolean isLive() {
        return live;
    }

    void goLive() {
        live = true;
    }

    /**
     * Queues the frames this reader has not had and wants, in log order; events it does not want still
     * move it on. Returns false when the queue overflowed and the stream was cut. Call {@link #write} after.
     */
    boolean offer(List<Frame> frames) {
        for (Frame frame : frames) {
            if (cutAt != null || (frame.isEvent() && frame.position() <= lastQueued)) {
                continue;
            }
            if (frame.bytes() != null && wants(frame) && !queue.offer(frame)) {
                cut(CutReason.QUEUE_FULL);
                return false;
            }
            if (frame.isEvent()) {
                lastQueued = frame.position();
            }
        }
        return cutAt == null;
    }

    /** A keep-alive after a quiet heartbeat; a cut once nothing queued has been taken for one. */
    void tick(Instant now) {
        if (cutAt != null) {
            if (!now.isBefore(cutAt.plus(heartbeat))) {
                finish(); // the reason could not be written either: the reader is gone or asleep
            }
        } else if (blockedSince != null && !now.isBefore(blockedSince.plus(heartbeat))) {
            cut(CutReason.STALLED);
        } else if (queue.isEmpty() && !now.isBefore(lastWrite.plus(heartbeat))) {
            queue.offer(Frame.comment("keep-alive"));
            write();
        }
    }

    /** Claims this reader's next page from the log, so no two are read for it at once. */
    boolean startReading() {
        return !live && reading.compareAndSet(false, true);
    }

    void doneReading() {
        reading.set(false);
    }

    void write() {
        if (writesAsked.getAndIncrement() != 0) {
            return;
        }
        int asked = 1;
        do {
            writeWhileReady();
            asked = writesAsked.addAndGet(-asked);
        } while (asked != 0);
    }

    private void writeWhileReady() {
        if (done || !nonBlocking) {
            return;
        }
        try {
            while (out.isReady()) {
                Frame frame = queue.poll();
                if (frame != null) {
                    out.write(frame.bytes());
                    unflushed = true;
                    lastWrite = clock.instant();
                    blockedSince = null;
                } else if (unflushed) {
                    unflushed = false;
                    out.flush();
                } else {
                    blockedSince = null;
                    caughtUp();
                    return;
                }
            }
            // Timed from the last frame it took, so a reader slowly taking a long page is not stalled.
            if (blockedSince == null) {
                blockedSince = clock.instant();
            }
        } catch (IOException | IllegalStateException e) {
            gone();
        }
    }

    private void caughtUp() {
        if (cutAt != null) {
            finish();
        } else if (!live) {
            ends.wantsMore(this);
        }
    }

    void cut(CutReason reason) {
        synchronized (queue) {
            if (cutAt != null) {
                return;
            }
            cutAt = clock.instant();
        }
        queue.clear();
        queue.offer(reason.frame());
        ends.ended(this, reason);
        write();
    }

    void close() {
        cutAt = clock.instant();
        finish();
    }

    private void finish() {
        done = true;
        try {
            async.complete();
        } catch (IllegalStateException alreadyComplete) {
            // completed by the container meanwhile
        }
        gone();
    }

    private void gone() {
        done = true;
        queue.clear();
        ends.ended(this, null);
    }

    private boolean wants(Frame frame) {
        StoryPublished event = frame.event();
        return !frame.isEvent()
                || tag == null
                || event != null
                        && event.tags().stream()
                                .anyMatch(candidate -> candidate.name().equalsIgnoreCase(tag));
    }

    @Override
    public void onWritePossible() {
        nonBlocking = true;
        write();
    }

    @Override
    public void onError(Throwable failure) {
        finish();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        gone();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        finish();
    }

    /** Completed here, or the container would dispatch the failed stream to an error page it cannot render. */
    @Override
    public void onError(AsyncEvent event) {
        finish();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}

    @Override
    public String toString() {
        return "stream" + (tag == null ? "" : " of tag " + tag) + (live ? " at " : " catching up at ") + lastQueued
                + ", " + queue.size() + " frames queued";
    }
}
