package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.wireline.events.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stories the local run feeds through the pipeline must themselves parse cleanly. */
class SampleStoriesTest {

    private final StoryParser parser = new StoryParser(1_000_000);

    @Test
    void localRunHasSampleStories() {
        assertThat(Fixtures.localRunSamples()).hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void parsesSampleIntoHeadlineAndCleanBody(Path sample) {
        // When
        Story story = parser.read(Fixtures.read(sample), "text/plain").story();
        // Then
        assertThat(story.headline()).isNotBlank();
        assertThat(story.section()).isNotBlank();
        assertThat(story.readTimeMinutes()).isPositive();
        assertThat(story.images()).hasSize(1);
        assertThat(story.body()).hasSizeGreaterThanOrEqualTo(3).doesNotContain(story.headline());
        assertThat(story.byline().desk()).endsWith("desk");
        PlainTextParserTest.assertNoChromeOrCreditsInBody(story);
        assertThat(String.join("\n", story.body()))
                .doesNotContain(story.byline().desk(), " desk covers", " desk reports");
    }

    static List<Path> samples() {
        return Fixtures.localRunSamples();
    }
}
