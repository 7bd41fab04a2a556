package news.wireline.ingest.intake;

import java.util.Objects;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.intake.StoryController.UnknownDeskException;
import news.wireline.ingest.ledger.LedgerClient.LedgerUnavailableException;
import news.wireline.ingest.parse.FieldTooLarge;
import news.wireline.kafka.StoryEventSender.EventNotSentException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
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
        // A field over its limit is fixed by editing that field, like any other bad field: 400, not 413.
        HttpStatus status = e instanceof FieldTooLarge ? HttpStatus.BAD_REQUEST : statusOf(e.code());
        return ResponseEntity.status(status).body(new Rejection(e.code().name(), e.field(), e.getMessage()));
    }

    @ExceptionHandler(UnknownDeskException.class)
    ResponseEntity<Rejection> unknownDesk(UnknownDeskException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(new Rejection(
                        "UNAUTHENTICATED",
                        "Authorization",
                        Objects.requireNonNull(e.getMessage(), "the exception is made with its message")));
    }

    /** The story was fine but the broker did not take it: the desk should send it again. */
    @ExceptionHandler(EventNotSentException.class)
    ResponseEntity<Rejection> notSent(EventNotSentException e) {
        log.warn("story not written to the broker", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(new Rejection("UNAVAILABLE", null, "the story was not stored; send it again"));
    }

    /** No decision came back in time (broker away, decider moving): the desk should send again shortly. */
    @ExceptionHandler(LedgerUnavailableException.class)
    ResponseEntity<Rejection> undecided(LedgerUnavailableException e) {
        log.warn("story not decided: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(new Rejection(
                        "UNAVAILABLE",
                        null,
                        Objects.requireNonNull(e.getMessage(), "the exception is made with its message")));
    }

    private static HttpStatus statusOf(RejectCode code) {
        return switch (code) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_CONTENT_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case STALE_VERSION, KILLED -> HttpStatus.CONFLICT;
            case NOT_OWNER -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    record Rejection(String code, @Nullable String field, String message) {}
}
