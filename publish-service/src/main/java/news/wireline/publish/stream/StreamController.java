package news.wireline.publish.stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * Server-Sent Events: {@code published}, {@code updated} and {@code withdrawn} as they become
 * public, each with the StoryPublished JSON as data and its place in the published log as id.
 * {@code ?tag=} narrows the stream to one tag. A stream the service cuts ends with a {@code cut}
 * event saying why; one more than the instance serves is answered 503 with Retry-After.
 */
@RestController
class StreamController {

    private static final String REFUSAL = "{\"code\":\"UNAVAILABLE\",\"field\":null,\"message\":"
            + "\"this instance serves as many live streams as it may; connect again after Retry-After seconds\"}";

    private final StreamHub hub;
    private final StreamSettings settings;

    StreamController(StreamHub hub, StreamSettings settings) {
        this.hub = hub;
        this.settings = settings;
    }

    @GetMapping(path = "/feed/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void stream(
            @RequestParam(required = false) @Nullable String tag,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Long position = position(lastEventId);
        // A stream never ends by itself, so no filter may hold it back to hash it.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        if (!hub.subscribe(request, response, tag == null || tag.isBlank() ? null : tag.strip(), position)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(settings.retryAfter().toSeconds()));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(REFUSAL.getBytes(StandardCharsets.UTF_8));
        }
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
