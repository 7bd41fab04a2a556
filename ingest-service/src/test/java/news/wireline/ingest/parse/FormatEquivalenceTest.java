package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.wireline.events.Release;
import news.wireline.events.Story;
import org.junit.jupiter.api.Test;

/**
 * One story sent three ways (page text, ninjs, NewsML-G2) reads as one story, so a desk that
 * changes format does not create a new version by that alone. Page text has no language, id or
 * release fields, so those are compared between the structured formats only.
 */
class FormatEquivalenceTest {

    private static final Story EXPECTED = new Story(
            "Tidal turbines start charging electric ferries at Skerrin harbour",
            "Energy",
            null,
            List.of(),
            List.of(
                    "Two electric ferries on the Skerrin crossing began charging from a tidal turbine array on Monday, the harbour"
                            + " authority said, ending the route’s reliance on diesel generators.",
                    "The six turbines sit on the seabed at the mouth of the sound, where currents reach four metres a second at"
                            + " mid-tide. Skerrin Ferries & Freight said the array covers about 80 percent of the ferries’ daily needs.",
                    "“On a spring tide we make more power than the boats can use,” said harbour master Ilse Varga, who has argued"
                            + " for the project since 2019.",
                    "The surplus will go to the island’s cold store and to a battery bank that carries the ferries through slack water.",
                    "Engineers will check the turbines for wear after the first winter, when storms make maintenance dives"
                            + " impossible for weeks at a time."),
            List.of(),
            new Story.Byline(List.of("Ana Ferreira", "Tomás Lindqvist"), null),
            "en");

    private final StoryParser parser = new StoryParser(100_000);

    @Test
    void ninjsAndNewsMlReadAsTheSameStoryVersionAndRelease() {
        // When
        ParsedStory ninjs = parser.read(Fixtures.bytes("skerrin-tidal-ferries.ninjs.json"), "application/json");
        ParsedStory newsMl = parser.read(Fixtures.bytes("skerrin-tidal-ferries.newsml.xml"), "application/xml");
        // Then
        ParsedStory expected = new ParsedStory(
                EXPECTED,
                "urn:wireline:energy:skerrin-tidal-ferries",
                2,
                new Release(Release.Status.USABLE, 3, Instant.parse("2026-03-14T10:00:00Z")));
        assertThat(ninjs).isEqualTo(expected);
        assertThat(newsMl).isEqualTo(expected);
    }

    @Test
    void ninjs3CamelCaseReadsAsTheSameStoryAsNinjs2() {
        // When
        ParsedStory ninjs3 = parser.read(Fixtures.bytes("skerrin-tidal-ferries.ninjs3.json"), "application/json");
        ParsedStory ninjs2 = parser.read(Fixtures.bytes("skerrin-tidal-ferries.ninjs.json"), "application/json");
        // Then
        assertThat(ninjs3).isEqualTo(ninjs2);
        assertThat(ninjs3.story()).isEqualTo(EXPECTED);
    }

    @Test
    void pageTextReadsAsTheSameStoryLessTheLanguageItCannotCarry() {
        // When
        Story text = parser.read(Fixtures.bytes("skerrin-tidal-ferries.txt"), "text/plain")
                .story();
        // Then
        assertThat(text)
                .isEqualTo(new Story(
                        EXPECTED.headline(),
                        EXPECTED.section(),
                        EXPECTED.readTimeMinutes(),
                        EXPECTED.images(),
                        EXPECTED.body(),
                        EXPECTED.teasers(),
                        EXPECTED.byline(),
                        null));
    }
}
