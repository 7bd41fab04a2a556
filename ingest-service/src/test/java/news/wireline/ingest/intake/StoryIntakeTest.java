package news.wireline.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.intake.StoryIntake.IntakeResult;
import news.wireline.ingest.intake.StoryIntake.RawStory;
import news.wireline.ingest.ledger.DriverLedger;
import news.wireline.local.BoundSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The rules as a desk meets them, through the decider's real topology (no broker). */
class StoryIntakeTest {

    private static final StoryId FERRY = StoryId.of("urn:test:ferry-strike");

    private final DriverLedger ledger = new DriverLedger();
    private final StoryIntake intake = intake();

    @AfterEach
    void stopLedger() {
        ledger.close();
    }

    @Test
    void refusesAStoryWhoseEventWouldOutgrowTheTopicAndTakesItWhenShorter() {
        // Given page text of 320 KB, well under the story limit, that is nearly all quotes, each written as \" in the
        // event
        String quotes = ("\"".repeat(19_999) + ".\n").repeat(16);
        RawStory quoted = page("Ferry crews quote the rulebook", quotes);
        // When
        StoryRejectedException rejected =
                catchThrowableOfType(StoryRejectedException.class, () -> intake.accept(quoted));
        // Then
        assertThat(rejected.code()).isEqualTo(RejectCode.TOO_LARGE);
        assertThat(rejected.field()).isEqualTo("body");
        assertThat(rejected.getMessage()).contains("limit is 600,000 bytes");
        assertThat(ledger.ingested()).isEmpty();
        // And the same story, shorter, is still its first version
        assertThat(intake.accept(page("Ferry crews quote the rulebook", ("\"".repeat(19_999) + ".\n").repeat(14)))
                        .version())
                .isEqualTo(1);
    }

    @Test
    void anotherDesksCorrectionOfAStoryIsRefusedAsNotOwnerAndNotSent() {
        StoryId lisbonFerry = intake.accept(ninjs("lisbon-desk", FERRY, 1, "Ferry crews walk out"))
                .id();

        assertThat(lisbonFerry).isEqualTo(StoryId.of("lisbon-desk:urn:test:ferry-strike"));
        assertThatThrownBy(() -> intake.accept(ninjs("porto-desk", lisbonFerry, 999_999_999, "Ferry crews return")))
                .isInstanceOfSatisfying(StoryRejectedException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(RejectCode.NOT_OWNER);
                    assertThat(refusal.field()).isEqualTo("id");
                    assertThat(refusal.getMessage())
                            .isEqualTo("story id lisbon-desk:urn:test:ferry-strike is in desk lisbon-desk's namespace;"
                                    + " desk porto-desk may not send versions, corrections or kills of it."
                                    + " Send your own story under an id of your own.");
                });
        assertThatThrownBy(() -> intake.accept(ninjsKill("porto-desk", lisbonFerry, null)))
                .extracting(refusal -> ((StoryRejectedException) refusal).code())
                .isEqualTo(RejectCode.NOT_OWNER);
        assertThat(intake.accept(ninjs("lisbon-desk", FERRY, 2, "Ferry crews return"))
                        .version())
                .isEqualTo(2);
        assertThat(ledger.ingested())
                .extracting(event -> event.desk() + "@" + event.version())
                .containsExactly("lisbon-desk@1", "lisbon-desk@2");
    }

    @Test
    void twoDesksUsingTheSameIdentifierSendTwoStories() {
        intake.accept(ninjs("lisbon-desk", FERRY, 1, "Ferry crews walk out"));
        intake.accept(ninjs("porto-desk", FERRY, 1, "Porto ferries keep sailing"));

        assertThat(ledger.ingested())
                .extracting(event -> event.id().value() + "@" + event.version() + " " + event.desk())
                .containsExactly(
                        "lisbon-desk:urn:test:ferry-strike@1 lisbon-desk",
                        "porto-desk:urn:test:ferry-strike@1 porto-desk");
    }

    @Test
    void anotherDeskNamingAPlainTextStorysIdIsRefusedAsNotOwner() {
        IntakeResult first =
                intake.accept(text("lisbon-desk", null, plainStory("Tram 28 returns", "The line reopened.")));

        assertThatThrownBy(() -> intake.accept(text("porto-desk", first.id(), plainKill("Tram 28 returns"))))
                .extracting(refusal -> ((StoryRejectedException) refusal).code())
                .isEqualTo(RejectCode.NOT_OWNER);
    }

    @Test
    void twoPlainTextCopiesSentAlternatelyMakeTwoVersions() {
        String first = plainStory("Tram 28 returns", "The line reopened on Friday.");
        String second = plainStory("Tram 28 returns", "The line reopened on Saturday.");

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            IntakeResult result = intake.accept(text("lisbon-desk", null, i % 2 == 0 ? first : second));
            answers.add(result.status() + "@" + result.version());
        }

        assertThat(answers)
                .containsExactly(
                        "ACCEPTED@1",
                        "ACCEPTED@2",
                        "DUPLICATE@1",
                        "DUPLICATE@2",
                        "DUPLICATE@1",
                        "DUPLICATE@2",
                        "DUPLICATE@1",
                        "DUPLICATE@2");
        assertThat(ledger.ingested()).extracting(StoryIngested::version).containsExactly(1, 2);
    }

    @Test
    void plainTextStoryStaysKilledWhateverCopyFollows() {
        String original = plainStory("Tram 28 returns", "The line reopened on Friday.");
        String correction = plainStory("Tram 28 returns", "The line reopened on Saturday.");
        intake.accept(text("lisbon-desk", null, original));
        intake.accept(text("lisbon-desk", null, correction));
        IntakeResult kill = intake.accept(text("lisbon-desk", null, plainKill("Tram 28 returns")));

        IntakeResult originalAgain = intake.accept(text("lisbon-desk", null, original));
        IntakeResult correctionAgain = intake.accept(text("lisbon-desk", null, correction));
        IntakeResult killAgain = intake.accept(text("lisbon-desk", null, plainKill("Tram 28 returns")));

        assertThat(kill.version()).isEqualTo(3);
        assertThat(List.of(originalAgain, correctionAgain, killAgain))
                .extracting(result -> result.status() + "@" + result.version())
                .containsExactly("DUPLICATE@1", "DUPLICATE@2", "DUPLICATE@3");
        assertThatThrownBy(() -> intake.accept(
                        text("lisbon-desk", null, plainStory("Tram 28 returns", "The line reopened at last."))))
                .isInstanceOfSatisfying(StoryRejectedException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(RejectCode.KILLED);
                    assertThat(refusal.field()).isEqualTo("version");
                    assertThat(refusal.getMessage())
                            .startsWith("story " + kill.id() + " was killed at version 3;")
                            .contains("send it with version 4 or higher");
                });
        assertThat(ledger.ingested())
                .extracting(event -> event.version() + " " + event.release().status())
                .containsExactly("1 USABLE", "2 USABLE", "3 WITHDRAWN");
    }

    @Test
    void ninjsStoryKilledComesBackOnlyWithAVersionAboveTheKill() {
        intake.accept(ninjs("lisbon-desk", FERRY, 1, "Ferry crews walk out"));
        intake.accept(ninjsKill("lisbon-desk", FERRY, 2));

        IntakeResult original = intake.accept(ninjs("lisbon-desk", FERRY, 1, "Ferry crews walk out"));
        assertThatThrownBy(() -> intake.accept(ninjs("lisbon-desk", FERRY, 2, "Ferry crews walk out again")))
                .extracting(refusal -> ((StoryRejectedException) refusal).code())
                .isEqualTo(RejectCode.STALE_VERSION);
        IntakeResult reinstated = intake.accept(ninjs("lisbon-desk", FERRY, 3, "Ferry crews walk out"));

        assertThat(original.status() + "@" + original.version()).isEqualTo("DUPLICATE@1");
        assertThat(reinstated.status() + "@" + reinstated.version()).isEqualTo("ACCEPTED@3");
        assertThat(ledger.ingested())
                .extracting(event -> event.version() + " " + event.release().status())
                .containsExactly("1 USABLE", "2 WITHDRAWN", "3 USABLE");
    }

    @Test
    void newsMlStoryKilledComesBackOnlyWithAVersionAboveTheKill() {
        intake.accept(newsItem(1, "stat:usable"));
        intake.accept(newsItem(2, "stat:canceled"));

        IntakeResult original = intake.accept(newsItem(1, "stat:usable"));
        IntakeResult kill = intake.accept(newsItem(2, "stat:canceled"));
        IntakeResult reinstated = intake.accept(newsItem(3, "stat:usable"));

        assertThat(List.of(original, kill, reinstated))
                .extracting(result -> result.status() + "@" + result.version())
                .containsExactly("DUPLICATE@1", "DUPLICATE@2", "ACCEPTED@3");
        assertThat(ledger.ingested())
                .extracting(event -> event.id().value() + " " + event.version() + " "
                        + event.release().status())
                .containsExactly(
                        "lisbon-desk:urn:test:harbour 1 USABLE",
                        "lisbon-desk:urn:test:harbour 2 WITHDRAWN",
                        "lisbon-desk:urn:test:harbour 3 USABLE");
    }

    private static RawStory ninjs(String desk, StoryId id, int version, String headline) {
        String ninjs = """
                {"uri": "%s", "version": "%d", "headline": "%s", "body_text": "Crews on the island ferries stopped work at dawn."}
                """.formatted(id.value(), version, headline);
        return new RawStory(ninjs.getBytes(StandardCharsets.UTF_8), "application/json", desk, null, null, Door.HTTP);
    }

    private static RawStory ninjsKill(String desk, StoryId id, Integer version) {
        String ninjs = version == null
                ? "{\"uri\": \"%s\", \"pubstatus\": \"canceled\"}".formatted(id.value())
                : "{\"uri\": \"%s\", \"version\": \"%d\", \"pubstatus\": \"canceled\"}".formatted(id.value(), version);
        return new RawStory(ninjs.getBytes(StandardCharsets.UTF_8), "application/json", desk, null, null, Door.HTTP);
    }

    private static RawStory newsItem(int version, String status) {
        String xml = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:harbour" version="%d">
                  <itemMeta><pubStatus qcode="%s"/></itemMeta>
                  <contentMeta><headline>Harbour dredging starts</headline></contentMeta>
                  <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>
                    <p>Dredgers began deepening the harbour mouth on Monday.</p>
                  </body></html></inlineXML></contentSet>
                </newsItem>""".formatted(version, status);
        return new RawStory(
                xml.getBytes(StandardCharsets.UTF_8),
                "application/vnd.iptc.g2.newsitem+xml",
                "lisbon-desk",
                null,
                null,
                Door.KAFKA);
    }

    private static RawStory text(String desk, StoryId id, String text) {
        return new RawStory(
                text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", desk, id, null, Door.HTTP);
    }

    private static String plainStory(String headline, String lead) {
        return headline + "\n\n" + lead + "\n\nThe city said the trams would run every ten minutes.\n";
    }

    private static String plainKill(String headline) {
        return "KILL\n" + headline + "\n\nThe story named the wrong line.\n";
    }

    private static RawStory page(String headline, String body) {
        String text = "World\n" + headline + "\n" + body;
        return new RawStory(text.getBytes(StandardCharsets.UTF_8), "text/plain", "test-desk", null, null, Door.HTTP);
    }

    private StoryIntake intake() {
        return new StoryIntake(
                BoundSettings.of(IngestLimitSettings.class),
                KnownDesks.identity("test-desk", "lisbon-desk", "porto-desk"),
                ledger,
                JsonMapper.builder().build(),
                new IntakeMetrics(new SimpleMeterRegistry()),
                KnownDesks.access("test-desk", "lisbon-desk", "porto-desk"),
                Clock.systemUTC());
    }
}
