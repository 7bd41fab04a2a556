package news.wireline.ingest.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics;
import news.wireline.ingest.intake.StoryIntake.RawStory;
import news.wireline.ingest.ledger.StoryLedger;
import news.wireline.kafka.LogReplica;
import news.wireline.kafka.StoryEventSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class StoryIntakeTest {

    private static final StoryId FERRY = StoryId.of("urn:test:ferry-strike");

    private final StoryEventSender sender = mock(StoryEventSender.class);
    private final ExecutorService desks = Executors.newFixedThreadPool(2);
    private final StoryIntake intake = intake(sender);

    @AfterEach
    void stopDesks() {
        desks.shutdownNow();
    }

    @Test
    void versionsOfOneStorySentAtOnceReachTheTopicInTheOrderTheyWereClaimed() throws Exception {
        CountDownLatch firstInFlight = new CountDownLatch(1);
        CountDownLatch brokerAcksFirst = new CountDownLatch(1);
        List<Integer> written = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            StoryIngested event = call.getArgument(2);
            if (event.version() == 1) {
                firstInFlight.countDown();
                brokerAcksFirst.await(10, SECONDS);
            }
            written.add(event.version());
            return null;
        }).when(sender).send(eq(Topics.INGESTED), any(), any(), any(), any());

        Future<?> first = desks.submit(() -> intake.accept(raw(1, "Ferry crews walk out")));
        assertThat(firstInFlight.await(10, SECONDS)).isTrue();
        Future<?> second = desks.submit(() -> intake.accept(raw(2, "Ferry crews walk out over rosters")));
        // Unordered, version 2 would be written in this pause, while version 1 still waits for its ack.
        Thread.sleep(300);
        brokerAcksFirst.countDown();
        first.get(10, SECONDS);
        second.get(10, SECONDS);

        assertThat(written).containsExactly(1, 2);
    }

    @Test
    void refusesAStoryWhoseEventWouldOutgrowTheTopicAndTakesItWhenShorter() {
        // Given page text of 320 KB, well under the story limit, that is nearly all quotes, each written as \" in the event
        String quotes = ("\"".repeat(19_999) + ".\n").repeat(16);
        RawStory quoted = page("Ferry crews quote the rulebook", quotes);
        // When
        StoryRejectedException rejected = catchThrowableOfType(StoryRejectedException.class, () -> intake.accept(quoted));
        // Then
        assertThat(rejected.code()).isEqualTo(RejectCode.TOO_LARGE);
        assertThat(rejected.field()).isEqualTo("body");
        assertThat(rejected.getMessage()).contains("limit is 600,000 bytes");
        verifyNoInteractions(sender);
        // And the same story, shorter, is still its first version
        assertThat(intake.accept(page("Ferry crews quote the rulebook", ("\"".repeat(19_999) + ".\n").repeat(14))).version()).isEqualTo(1);
    }

    private static RawStory page(String headline, String body) {
        String text = "World\n" + headline + "\n" + body;
        return new RawStory(text.getBytes(StandardCharsets.UTF_8), "text/plain", "test-desk", null, null, "http");
    }

    private static RawStory raw(int version, String headline) {
        String ninjs = """
                {"uri": "%s", "version": "%d", "headline": "%s", "body_text": "Crews on the island ferries stopped work at dawn."}
                """.formatted(FERRY.value(), version, headline);
        return new RawStory(ninjs.getBytes(StandardCharsets.UTF_8), "application/json", "test-desk", FERRY, null, "http");
    }

    @SuppressWarnings("unchecked")
    private static StoryIntake intake(StoryEventSender sender) {
        LogReplica<StoryIngested> ledgerReplica = mock(LogReplica.class);
        when(ledgerReplica.isCaughtUp()).thenReturn(true);
        return new StoryIntake(new IngestLimits(DataSize.ofKilobytes(512), DataSize.ofMegabytes(8), DataSize.ofBytes(600_000)), new StoryLedger(),
                new LedgerCatchingUp(ledgerReplica), sender, JsonMapper.builder().build(), new IntakeMetrics(new SimpleMeterRegistry()));
    }
}
