package news.wireline.publish.stream;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import news.wireline.events.StoryPublished;
import news.wireline.publish.outbox.PublishedEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** One open stream: what it wants to see and how far through the published log it has got. */
final class Subscriber {

    private final SseEmitter emitter;
    private final @Nullable String tag;
    private volatile long lastSent;
    private Instant lastWrite;

    /** @param lastSent the position the reader already has: its Last-Event-ID, or the log's head for a new reader */
    Subscriber(SseEmitter emitter, @Nullable String tag, long lastSent, Instant now) {
        this.emitter = emitter;
        this.tag = tag;
        this.lastSent = lastSent;
        this.lastWrite = now;
    }

    long lastSent() {
        return lastSent;
    }

    /**
     * Sends the entries this reader has not had and wants, in log order; returns false once the
     * connection is gone. Entries it does not want still move it on, so it is never sent them later.
     */
    boolean deliver(List<PublishedEntry> entries, Instant now, Duration heartbeat) {
        try {
            for (PublishedEntry entry : entries) {
                if (entry.position() <= lastSent) {
                    continue;
                }
                if (entry.event() != null && wants(entry.event())) {
                    emitter.send(SseEmitter.event()
                            .id(Long.toString(entry.position()))
                            .name(entry.event().change().name().toLowerCase(Locale.ROOT))
                            .data(entry.event(), MediaType.APPLICATION_JSON));
                    lastWrite = now;
                }
                lastSent = entry.position();
            }
            if (!now.isBefore(lastWrite.plus(heartbeat))) {
                emitter.send(SseEmitter.event().comment("keep-alive"));
                lastWrite = now;
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            emitter.complete();
            return false;
        } catch (RuntimeException e) {
            // An event this stream cannot write ends this stream, not every stream: the hub keeps pushing to the rest.
            emitter.completeWithError(e);
            return false;
        }
    }

    void close() {
        emitter.complete();
    }

    private boolean wants(StoryPublished event) {
        return tag == null
                || event.tags().stream().anyMatch(candidate -> candidate.name().equalsIgnoreCase(tag));
    }
}
