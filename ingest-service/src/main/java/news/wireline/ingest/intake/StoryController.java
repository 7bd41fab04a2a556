package news.wireline.ingest.intake;

import jakarta.servlet.http.HttpServletRequest;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.intake.StoryIntake.IntakeResult;
import news.wireline.ingest.intake.StoryIntake.RawStory;
import news.wireline.kafka.StoryRecords;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;

/** {@code POST /stories}: a wire desk sends one story as plain text or JSON. */
@RestController
class StoryController {

    static final String DESK_HEADER = "X-Wireline-Desk";
    static final String STORY_ID_HEADER = "X-Wireline-Story-Id";
    static final String TRACE_HEADER = "X-Wireline-Trace-Id";

    private final StoryIntake intake;
    private final IngestLimits limits;

    StoryController(StoryIntake intake, IngestLimits limits) {
        this.intake = intake;
        this.limits = limits;
    }

    @PostMapping("/stories")
    ResponseEntity<IntakeResult> post(HttpServletRequest request,
                                      @RequestHeader(name = DESK_HEADER, required = false) String desk,
                                      @RequestHeader(name = STORY_ID_HEADER, required = false) String storyId,
                                      @RequestHeader(name = TRACE_HEADER, required = false) String traceId) throws IOException {
        RawStory raw = new RawStory(readBounded(request), request.getContentType(),
                desk == null || desk.isBlank() ? limits.defaultDesk() : desk.strip(),
                storyId == null ? null : parseId(storyId), traceId == null ? StoryRecords.newTraceId() : traceId);
        IntakeResult result = intake.accept(raw);
        HttpStatus status = result.status() == IntakeResult.Status.ACCEPTED ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store").body(result);
    }

    /** Reads one byte past the limit at most, so an oversized body is refused without being held in memory. */
    private byte[] readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > limits.maxBytes()) {
            throw tooLarge();
        }
        try (InputStream body = request.getInputStream()) {
            byte[] bytes = body.readNBytes(limits.maxBytes() + 1);
            if (bytes.length > limits.maxBytes()) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private StoryRejectedException tooLarge() {
        return new StoryRejectedException(RejectCode.TOO_LARGE, "body",
                "story is larger than the limit of " + limits.maxBytes() + " bytes");
    }

    private static StoryId parseId(String storyId) {
        try {
            return StoryId.of(storyId.strip());
        } catch (IllegalArgumentException e) {
            throw new StoryRejectedException(RejectCode.INVALID_FIELD, "storyId", e.getMessage());
        }
    }
}
