package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import news.wireline.events.Story;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real page the layout rules were drawn from; it lives outside the repository, so the test skips without it. */
class SeedSampleTest {

    private Story story;

    @BeforeEach
    void parseSeedSample() {
        Optional<Path> sample = Fixtures.seedSample();
        assumeTrue(sample.isPresent(), "seed sample not available outside the development machine");
        story = new StoryParser(1_000_000)
                .read(Fixtures.read(sample.get()), "text/plain")
                .story();
    }

    @Test
    void readsHeaderOnce() {
        assertThat(story.headline())
                .isEqualTo(
                        "Intercepted Russian phone call suggests North Korean troops suffering trainloads of wounded");
        assertThat(story.section()).isEqualTo("News Feed");
        assertThat(story.readTimeMinutes()).isEqualTo(3);
        assertThat(story.body()).doesNotContain(story.headline());
    }

    @Test
    void splitsLeadCaptionFromItsCredit() {
        assertThat(story.images()).hasSize(1);
        assertThat(story.images().get(0).credit()).isEqualTo("Roman PILIPEY / AFP");
        assertThat(story.images().get(0).caption())
                .startsWith("This photograph shows a road sign")
                .doesNotContain("AFP");
    }

    @Test
    void keepsOnlyTheStoryCopyInBody() {
        assertThat(story.body().get(0))
                .startsWith("An intercepted phone call released by the Security Service of Ukraine");
        assertThat(story.body().get(story.body().size() - 1)).startsWith("Commander-in-Chief Oleksandr Syrskyi");
        assertThat(String.join("\n", story.body()))
                .doesNotContain(List.of(
                        "Article image",
                        "Avatar",
                        "Read more",
                        "Show More",
                        "AFP",
                        "We are the news team",
                        "Viktor Orban",
                        "Donald Trump"));
    }

    @Test
    void keepsEmbeddedRelatedStoriesAsTeasers() {
        assertThat(story.teasers())
                .extracting(Story.Teaser::headline)
                .containsExactly(
                        "North Korean troops in Kursk Oblast boost Russia’s manpower, despite vulnerabilities",
                        "A shake-up in Ukraine’s drone buying alarms corruption watchdogs");
        assertThat(story.teasers())
                .allSatisfy(teaser -> assertThat(teaser.summary()).endsWith("…"));
        assertThat(String.join("\n", story.body())).doesNotContain("drone buying alarms");
    }

    @Test
    void creditsTheNewsDesk() {
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of(), "The Kyiv Independent news desk"));
    }
}
