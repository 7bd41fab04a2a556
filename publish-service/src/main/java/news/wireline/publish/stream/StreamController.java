package news.wireline.publish.stream;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events: {@code published}, {@code updated} and {@code withdrawn} as they become
 * public, each with the StoryPublished JSON as data and its place in the published log as id.
 * {@code ?tag=} narrows the stream to one tag.
 */
@RestController
class StreamController {

    private final StreamHub hub;

    StreamController(StreamHub hub) {
        this.hub = hub;
    }

    @GetMapping(path = "/feed/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @RequestParam(required = false) @Nullable String tag,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId)
            throws IOException {
        return hub.subscribe(tag == null || tag.isBlank() ? null : tag.strip(), position(lastEventId));
    }

    private static @Nullable Long position(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Last-Event-ID must be an id this stream sent");
        }
    }
}
