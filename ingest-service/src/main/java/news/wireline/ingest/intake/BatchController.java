package news.wireline.ingest.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.ingest.intake.StoryController.BoundedBody;
import news.wireline.ingest.intake.StoryController.UnknownDeskException;
import news.wireline.ingest.intake.StoryIntake.IntakeResult;
import news.wireline.ingest.intake.StoryIntake.RawStory;
import news.wireline.ingest.ledger.LedgerClient.LedgerUnavailableException;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import news.wireline.kafka.TraceIds;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /stories} with {@code application/x-ndjson}: one JSON story per line, answered line
 * by line, so one bad story does not sink the batch. A batch of more than {@value #MAX_LINES} stories is
 * refused whole, before any is read.
 */
@RestController
class BatchController {

    static final String NDJSON = "application/x-ndjson";
    // Each line is answered in the response and its story sent to the broker before the next is read,
    // so a batch is held to what one request can finish well inside a client's timeout.
    static final int MAX_LINES = 1_000;

    private final StoryIntake intake;
    private final IngestLimitSettings limits;
    private final DeskKeys desks;
    private final TraceIds traceIds;

    BatchController(StoryIntake intake, IngestLimitSettings limits, DeskKeys desks, TraceIds traceIds) {
        this.intake = intake;
        this.limits = limits;
        this.desks = desks;
        this.traceIds = traceIds;
    }

    @PostMapping(path = "/stories", consumes = NDJSON)
    BatchResult post(
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization)
            throws IOException {
        String desk = desks.deskFor(authorization).orElseThrow(UnknownDeskException::new);
        String[] lines = new String(BoundedBody.read(request, limits.maxBatch()), StandardCharsets.UTF_8).split("\n");
        long stories = Arrays.stream(lines).filter(line -> !line.isBlank()).count();
        if (stories > MAX_LINES) {
            throw new StoryRejectedException(
                    RejectCode.TOO_LARGE,
                    "body",
                    "the batch has %d stories; send at most %d a batch, one per line".formatted(stories, MAX_LINES));
        }
        List<LineResult> results = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                results.add(accept(i + 1, lines[i], desk));
            }
        }
        return new BatchResult(results);
    }

    private LineResult accept(int line, String json, String desk) {
        try {
            IntakeResult result = intake.accept(new RawStory(
                    json.getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    desk,
                    null,
                    traceIds.current(),
                    Door.HTTP));
            return new LineResult(
                    line,
                    result.status() == IntakeResult.Status.ACCEPTED ? LineStatus.ACCEPTED : LineStatus.DUPLICATE,
                    result.id().value(),
                    result.version(),
                    null,
                    null,
                    null);
        } catch (StoryRejectedException e) {
            return new LineResult(
                    line, LineStatus.REJECTED, null, null, e.code().name(), e.field(), e.getMessage());
        } catch (EventNotSentException | LedgerUnavailableException e) {
            return new LineResult(
                    line,
                    LineStatus.FAILED,
                    null,
                    null,
                    RejectCode.PROCESSING_FAILED.name(),
                    null,
                    "not stored; send this line again");
        }
    }

    record BatchResult(List<LineResult> lines) {}

    record LineResult(
            int line,
            LineStatus status,
            @Nullable String id,
            @Nullable Integer version,
            @Nullable String code,
            @Nullable String field,
            @Nullable String message) {}

    /** What became of one line: REJECTED means fix the story, FAILED send it again. */
    enum LineStatus {
        ACCEPTED,
        DUPLICATE,
        REJECTED,
        FAILED
    }
}
