package news.wireline.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.intake.RejectionAdvice.Rejection;
import news.wireline.ingest.parse.FieldTooLarge;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class RejectionAdviceTest {

    private final RejectionAdvice advice = new RejectionAdvice();

    @Test
    void answersAFieldOverItsLimit400NamingTheField() {
        ResponseEntity<Rejection> answer =
                advice.rejected(new FieldTooLarge("headlines[0].value", "The headline is too long."));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody())
                .isEqualTo(new Rejection("TOO_LARGE", "headlines[0].value", "The headline is too long."));
    }

    @Test
    void answersAStoryTooLargeAsAWhole413() {
        ResponseEntity<Rejection> answer =
                advice.rejected(new StoryRejectedException(RejectCode.TOO_LARGE, "body", "request is too large"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(answer.getBody()).isEqualTo(new Rejection("TOO_LARGE", "body", "request is too large"));
    }
}
