package news.wireline.ingest.intake;

import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns a refused story into an answer a desk can act on: status, machine-readable code, field and message. */
@RestControllerAdvice
class RejectionAdvice {

    private static final Logger log = LoggerFactory.getLogger(RejectionAdvice.class);

    @ExceptionHandler(StoryRejectedException.class)
    ResponseEntity<Rejection> rejected(StoryRejectedException e) {
        log.info("story rejected: {} {}", e.code(), e.getMessage());
        return ResponseEntity.status(statusOf(e.code())).body(new Rejection(e.code(), e.field(), e.getMessage()));
    }

    private static HttpStatus statusOf(RejectCode code) {
        return switch (code) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_CONTENT_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    record Rejection(RejectCode code, String field, String message) {
    }
}
