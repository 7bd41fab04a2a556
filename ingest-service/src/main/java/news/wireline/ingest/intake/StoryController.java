package news.wireline.ingest.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.ingest.intake.StoryIntake.IntakeResult;
import news.wireline.ingest.intake.StoryIntake.RawStory;
import news.wireline.kafka.TraceIds;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /stories}: a wire desk, known by its API key, sends one story as plain text, ninjs
 * JSON or NewsML-G2 XML. {@code 202} comes only after the broker has the ingested event.
 */
@RestController
class StoryController {

    static final String STORY_ID_HEADER = "X-Wireline-Story-Id";
    static final String TRACE_HEADER = "X-Wireline-Trace-Id";

    private final StoryIntake intake;
    private final IngestLimitSettings limits;
    private final IngestSettings settings;
    private final DeskKeys desks;
    private final TraceIds traceIds;

    StoryController(
            StoryIntake intake,
            IngestLimitSettings limits,
            IngestSettings settings,
            DeskKeys desks,
            TraceIds traceIds) {
        this.intake = intake;
        this.limits = limits;
        this.settings = settings;
        this.desks = desks;
        this.traceIds = traceIds;
    }

    @PostMapping("/stories")
    ResponseEntity<IntakeResult> post(
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @RequestHeader(name = STORY_ID_HEADER, required = false) @Nullable String storyId,
            @RequestHeader(name = TRACE_HEADER, required = false) @Nullable String traceId)
            throws IOException {
        String desk = desks.deskFor(authorization).orElseThrow(UnknownDeskException::new);
        RawStory raw = new RawStory(
                BoundedBody.read(request, limits.maxBytes()),
                request.getContentType(),
                desk,
                SentStoryId.parse(storyId == null ? null : StringUtils.trimWhitespace(storyId), STORY_ID_HEADER),
                SentTraceId.orElse(traceId, traceIds.current()),
                Door.HTTP);
        IntakeResult result = intake.accept(raw);
        if (result.status() == IntakeResult.Status.DUPLICATE) {
            return ResponseEntity.ok()
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(result);
        }
        return ResponseEntity.accepted()
                .location(URI.create(settings.storyUrl(result.id().value())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(result);
    }

    /** No key, or a key no desk holds. */
    static class UnknownDeskException extends RuntimeException {
        UnknownDeskException() {
            super("send your desk's API key as 'Authorization: Bearer <key>'");
        }
    }

    /** Reads at most one byte past the limit, so an oversized body is refused without being held in memory. */
    static final class BoundedBody {

        private BoundedBody() {}

        static byte[] read(HttpServletRequest request, int maxBytes) throws IOException {
            if (request.getContentLengthLong() > maxBytes) {
                throw tooLarge(maxBytes);
            }
            try (InputStream body = request.getInputStream()) {
                byte[] bytes = body.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                return bytes;
            }
        }

        private static StoryRejectedException tooLarge(int maxBytes) {
            return new StoryRejectedException(
                    RejectCode.TOO_LARGE, "body", "request is larger than the limit of " + maxBytes + " bytes");
        }
    }
}
