package news.wireline.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics;
import news.wireline.ingest.access.DeskKeys;
import news.wireline.ingest.intake.StoryIntake.IntakeResult;
import news.wireline.ingest.intake.StoryIntake.RawStory;
import news.wireline.kafka.TraceIds;
import news.wireline.local.BoundSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * What ingest takes from the headers and keys a desk sets, over HTTP and on the raw topic: story
 * ids up to 128 characters, desk names up to 64 of [a-z0-9._-], and its own trace id only in
 * W3C shape, any other being ignored rather than carried through every stage.
 */
class SenderHeadersTest {

    private static final String CURRENT_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String DESK_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final byte[] STORY =
            "World\nFerry service resumes\nFerries sailed again.\n".getBytes(StandardCharsets.UTF_8);

    private final StoryIntake intake = mock(StoryIntake.class);
    private final TraceIds traceIds = mock(TraceIds.class);
    private final DeskKeys desks = mock(DeskKeys.class);
    private final IngestSettings settings =
            BoundSettings.of(IngestSettings.class, "story-url=http://localhost/stories/{id}");
    private final RawStoryListener listener = new RawStoryListener(intake, settings, traceIds);
    private final StoryController controller =
            new StoryController(intake, BoundSettings.of(IngestLimitSettings.class), settings, desks, traceIds);

    SenderHeadersTest() {
        when(traceIds.current()).thenReturn(CURRENT_TRACE);
        when(desks.deskFor("Bearer key")).thenReturn(Optional.of("lisbon-desk"));
        when(intake.accept(any()))
                .thenAnswer(call -> new IntakeResult(StoryId.of("ferry"), 1, IntakeResult.Status.ACCEPTED));
    }

    @Test
    void takesAStoryIdOf128CharactersAndRefusesOneOf129NamingTheHeaderOrKey() throws Exception {
        assertThat(post("a".repeat(128), null).storyId()).isEqualTo(StoryId.of("a".repeat(128)));
        assertThat(consume("a".repeat(128), "lisbon-desk", null).storyId()).isEqualTo(StoryId.of("a".repeat(128)));

        assertRefused(() -> post("a".repeat(129), null), RejectCode.TOO_LARGE, "X-Wireline-Story-Id");
        assertRefused(() -> consume("a".repeat(129), "lisbon-desk", null), RejectCode.TOO_LARGE, "key");
    }

    @Test
    void refusesAStoryIdWithCharactersAnIdMayNotHave() {
        assertRefused(() -> post("../etc/passwd", null), RejectCode.INVALID_FIELD, "X-Wireline-Story-Id");
        assertRefused(() -> consume("ferry story", "lisbon-desk", null), RejectCode.INVALID_FIELD, "key");
    }

    @Test
    void takesADeskHeaderOf64CharactersAndRefusesOneOf65() {
        String desk = "d".repeat(64);
        assertThat(consume(null, desk, null).desk()).isEqualTo(desk);

        assertRefused(() -> consume(null, desk + "d", null), RejectCode.TOO_LARGE, Headers.DESK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lisbon Desk", "lisbon desk", "-lisbon", "lisbon/desk", "<script>x</script>"})
    void refusesADeskHeaderThatIsNoDeskName(String desk) {
        assertRefused(() -> consume(null, desk, null), RejectCode.INVALID_FIELD, Headers.DESK);
    }

    @Test
    void carriesADesksOwnW3cTraceId() throws Exception {
        assertThat(post(null, DESK_TRACE).traceId()).isEqualTo(DESK_TRACE);
        assertThat(consume(null, "lisbon-desk", DESK_TRACE).traceId()).isEqualTo(DESK_TRACE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4BF92F3577B34DA6A3CE929D0E0E4736",
                "4bf92f3577b34da6a3ce929d0e0e473",
                "00000000000000000000000000000000",
                "trace-a1",
                "4bf92f3577b34da6a3ce929d0e0e4736\nforged log line"
            })
    void ignoresAMalformedTraceIdAndKeepsTheTraceTheStoryArrivedIn(String sent) throws Exception {
        assertThat(consume(null, "lisbon-desk", sent).traceId()).isEqualTo(CURRENT_TRACE);
        if (sent.indexOf('\n') < 0) {
            assertThat(post(null, sent).traceId()).isEqualTo(CURRENT_TRACE);
        }
    }

    @Test
    void ignoresAHugeTraceIdRatherThanCarryingItThroughEveryStage() throws Exception {
        assertThat(post(null, "t".repeat(7_000)).traceId()).isEqualTo(CURRENT_TRACE);
        assertThat(consume(null, "lisbon-desk", "t".repeat(200_000)).traceId()).isEqualTo(CURRENT_TRACE);
    }

    private RawStory post(String storyId, String traceId) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/stories");
        request.setContent(STORY);
        request.setContentType("text/plain");
        controller.post(request, "Bearer key", storyId, traceId);
        return sent();
    }

    private RawStory consume(String key, String desk, String traceId) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.RAW_NAME, 0, 0L, key, STORY);
        record.headers().add(Headers.DESK, desk.getBytes(StandardCharsets.UTF_8));
        if (traceId != null) {
            record.headers().add(Headers.TRACE_ID, traceId.getBytes(StandardCharsets.UTF_8));
        }
        listener.on(record);
        return sent();
    }

    private RawStory sent() {
        ArgumentCaptor<RawStory> raw = ArgumentCaptor.forClass(RawStory.class);
        verify(intake, atLeastOnce()).accept(raw.capture());
        return raw.getValue();
    }

    private static void assertRefused(ThrowingCallable call, RejectCode code, String field) {
        StoryRejectedException rejected = catchThrowableOfType(StoryRejectedException.class, call);
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.field()).isEqualTo(field);
        assertThat(rejected.getMessage()).isNotBlank();
    }
}
