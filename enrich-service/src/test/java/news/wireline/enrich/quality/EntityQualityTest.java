package news.wireline.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import news.wireline.enrich.quality.QualitySet.Part;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.events.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the entity tagger against both labelled quality sets and prints precision, recall and
 * F1 per entity type for each part of each set, with every miss and every false tag, so a
 * regression shows what it broke.
 */
class EntityQualityTest {

    private static final double MIN_PRECISION = 0.85;
    private static final double MIN_RECALL = 0.75;

    // A story must be tagged well within the time a listener has for it; measured after the JIT has warmed up.
    private static final double MAX_MILLIS_PER_STORY = 50;

    private static final Map<QualitySet, EntityScores> wholeSets = new EnumMap<>(QualitySet.class);
    private static final Map<QualitySet, Map<Part, EntityScores>> parts = new EnumMap<>(QualitySet.class);
    private static double millisPerStory;

    @BeforeAll
    static void tagTheQualitySets() {
        EntityTagger tagger = EntityTagger.withBundledGazetteer();
        for (QualitySet set : QualitySet.values()) {
            EntityScores whole = wholeSets.computeIfAbsent(set, all -> new EntityScores());
            Map<Part, EntityScores> byPart = parts.computeIfAbsent(set, all -> new EnumMap<>(Part.class));
            for (QualityStory labelled : set.stories()) {
                List<Tag> tags = tagger.tag(labelled.story());
                List<Tag> headlineAndBodyTags = tagger.tag(labelled.headlineAndBody());
                whole.add(labelled, tags, headlineAndBodyTags);
                byPart.computeIfAbsent(set.partOf(labelled.id()), part -> new EntityScores())
                        .add(labelled, tags, headlineAndBodyTags);
            }
        }
        millisPerStory = Double.MAX_VALUE;
        List<QualityStory> timed = QualitySet.FIRST.stories();
        // The fastest of three passes: the machine is shared, and other work only ever slows a pass down.
        for (int pass = 0; pass < 3; pass++) {
            long started = System.nanoTime();
            timed.forEach(labelled -> tagger.tag(labelled.story()));
            millisPerStory = Math.min(millisPerStory, (System.nanoTime() - started) / 1e6 / timed.size());
        }
        for (QualitySet set : QualitySet.values()) {
            parts.get(set).forEach((part, scores) -> scores.print(set.label(part)));
            wholeSets.get(set).print(set.name() + " whole set");
        }
        System.out.printf("tagging took %.1f ms a story%n", millisPerStory);
        for (QualitySet set : QualitySet.values()) {
            wholeSets.get(set).errors().forEach(System.out::println);
        }
    }

    @Test
    void tagsAStoryWellUnderFiftyMilliseconds() {
        assertThat(millisPerStory).isLessThan(MAX_MILLIS_PER_STORY);
    }

    @Test
    void tagsPeoplePlacesAndOrganisationsPreciselyEnoughForANewsroom() {
        Score overall = wholeSets.get(QualitySet.FIRST).overall();
        assertThat(overall.precision()).as(overall.line("OVERALL")).isGreaterThanOrEqualTo(MIN_PRECISION);
    }

    @Test
    void findsMostOfWhatAnEditorWouldTag() {
        Score overall = wholeSets.get(QualitySet.FIRST).overall();
        assertThat(overall.recall()).as(overall.line("OVERALL")).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void takesNoTagFromACaptionCreditBylineOrTeaser() {
        for (QualitySet set : QualitySet.values()) {
            assertThat(wholeSets.get(set).fromOutsideTheBody()).as(set.name()).isZero();
        }
    }

    /** The baseline of 2026-12-04 (quality2/README.md) less 0.03, rounded down: a regression fails. */
    @ParameterizedTest(name = "SECOND {0} {1}: precision >= {2}, recall >= {3}")
    @CsvSource({
        "TUNING, PERSON, 0.82, 0.84",
        "TUNING, PLACE, 0.78, 0.71",
        "TUNING, ORGANISATION, 0.75, 0.53",
        "TUNING, OVERALL, 0.78, 0.67",
        "HELD_OUT, PERSON, 0.76, 0.48",
        "HELD_OUT, PLACE, 0.87, 0.72",
        "HELD_OUT, ORGANISATION, 0.70, 0.60",
        "HELD_OUT, OVERALL, 0.79, 0.63",
    })
    void doesNoWorseOnTheSecondSetThanItsBaseline(Part part, String measure, double minPrecision, double minRecall) {
        Score score = parts.get(QualitySet.SECOND).get(part).of(measure);
        assertThat(score.precision()).as(score.line(measure)).isGreaterThanOrEqualTo(minPrecision);
        assertThat(score.recall()).as(score.line(measure)).isGreaterThanOrEqualTo(minRecall);
    }
}
