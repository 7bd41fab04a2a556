package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import news.wireline.events.RejectCode;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KillNoticeTest {

    private static final String HEADLINE = "Tidal turbines start charging electric ferries at Skerrin harbour";

    private final StoryParser parser = new StoryParser(100_000);

    @Test
    void readsKillWithHeadlineAndReasonAsWithdrawnStory() {
        // Given
        String kill = """

                KILL KILL KILL

                Tidal turbines start charging electric ferries at Skerrin harbour

                The story gave the wrong date for the start of charging.
                A corrected version will follow.
                """;
        // When
        ParsedStory parsed = read(kill);
        // Then
        assertThat(parsed)
                .isEqualTo(new ParsedStory(
                        new Story(
                                HEADLINE,
                                null,
                                null,
                                List.of(),
                                List.of(
                                        "The story gave the wrong date for the start of charging.",
                                        "A corrected version will follow."),
                                List.of(),
                                null,
                                null),
                        null,
                        null,
                        Release.withdrawn()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KILL", "kill", "Withdrawn", "WITHDRAWN:", "KILL KILL", "kill withdrawn!", "\u00a0KILL\t"})
    void acceptsMarkerInAnyCaseRepeatedOrPunctuated(String marker) {
        ParsedStory parsed = read(marker + "\r\n" + HEADLINE + "\r\n");
        assertThat(parsed.release().isWithdrawn()).isTrue();
        assertThat(parsed.story().headline()).isEqualTo(HEADLINE);
        assertThat(parsed.story().body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Killer whales return to the fjord", "KILLED", "Kill switch", "News\nKILL"})
    void readsOtherFirstLinesAsAnOrdinaryStory(String top) {
        ParsedStory parsed = read(top + "\nOrcas were seen near the harbour again on Sunday.\n");
        assertThat(parsed.release()).isEqualTo(Release.usable());
    }

    @Test
    void rejectsKillThatNamesNoStory() {
        StoryRejectedException rejected = catchThrowableOfType(StoryRejectedException.class, () -> read("KILL\n\n"));
        assertThat(rejected.code()).isEqualTo(RejectCode.MISSING_FIELD);
        assertThat(rejected.field()).isEqualTo("headline");
        assertThat(rejected.getMessage()).contains("line after KILL");
    }

    @Test
    void rejectsKillWhoseSecondLineIsTooLongForAHeadline() {
        // Headlines are at most 300 characters in every format, so a kill may name any of them, and no more.
        assertThat(read("KILL\n" + "word ".repeat(59) + "words\n").story().headline())
                .hasSize(300);
        StoryRejectedException rejected =
                catchThrowableOfType(StoryRejectedException.class, () -> read("KILL\n" + "word ".repeat(60) + "w\n"));
        assertThat(rejected.code()).isEqualTo(RejectCode.TOO_LARGE);
        assertThat(rejected.field()).isEqualTo("headline");
    }

    private ParsedStory read(String text) {
        return parser.read(text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }
}
