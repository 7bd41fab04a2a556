package news.wireline.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.ingest.intake.BatchController.BatchResult;
import news.wireline.ingest.intake.StoryIntake.IntakeResult;
import news.wireline.kafka.TraceIds;
import news.wireline.local.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BatchControllerTest {

    private static final String LINE =
            "{\"headline\": \"Ferry service resumes\", \"body\": [\"Ferries sailed again.\"]}\n";

    private final StoryIntake intake = mock(StoryIntake.class);
    private final DeskKeys desks = mock(DeskKeys.class);
    private final BatchController controller =
            new BatchController(intake, BoundSettings.of(IngestLimitSettings.class), desks, mock(TraceIds.class));

    BatchControllerTest() {
        when(desks.deskFor("Bearer key")).thenReturn(Optional.of("lisbon-desk"));
        when(intake.accept(any()))
                .thenAnswer(call -> new IntakeResult(StoryId.of("ferry"), 1, IntakeResult.Status.ACCEPTED));
    }

    @Test
    void answersEveryLineOfABatchOfAThousandStories() throws Exception {
        // Given a thousand stories, with blank lines between some, which are not stories
        BatchResult result = controller.post(batch(LINE.repeat(1_000) + "\n\n"), "Bearer key");

        assertThat(result.lines())
                .hasSize(1_000)
                .allSatisfy(line -> assertThat(line.status()).isEqualTo(BatchController.LineStatus.ACCEPTED));
    }

    @Test
    void refusesABatchOfAThousandAndOneStoriesWholeBeforeReadingAny() {
        StoryRejectedException rejected = catchThrowableOfType(
                StoryRejectedException.class, () -> controller.post(batch(LINE.repeat(1_001)), "Bearer key"));

        assertThat(rejected.code()).isEqualTo(RejectCode.TOO_LARGE);
        assertThat(rejected.field()).isEqualTo("body");
        assertThat(rejected.getMessage())
                .isEqualTo("the batch has 1001 stories; send at most 1000 a batch, one per line");
        verifyNoInteractions(intake);
    }

    private static MockHttpServletRequest batch(String ndjson) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/stories");
        request.setContentType(BatchController.NDJSON);
        request.setContent(ndjson.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
