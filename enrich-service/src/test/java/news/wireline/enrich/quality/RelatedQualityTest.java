package news.wireline.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.wireline.enrich.related.RelatedStories;
import news.wireline.events.RelatedLink;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag.TagType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures related-story links and near-duplicate marks against the pairs an editor drew in
 * {@code quality/related.tsv}, and prints every story's links, subjects and keywords for review.
 */
class RelatedQualityTest {

    private static final double MIN_PRECISION = 0.7;
    private static final double MIN_RECALL = 0.7;

    private static final Set<String> expectedRelated = new HashSet<>();
    private static final Set<String> expectedDuplicates = new HashSet<>();
    private static final Set<String> foundRelated = new HashSet<>();
    private static final Set<String> foundDuplicates = new HashSet<>();

    @BeforeAll
    static void enrichTheQualitySet() {
        for (String[] pair : QualityStories.relatedPairs()) {
            (pair[2].equals(RelatedStories.NEAR_DUPLICATE) ? expectedDuplicates : expectedRelated)
                    .add(pair[0] + " -> " + pair[1]);
        }
        for (StoryEnriched story : QualityEnrichment.enrichAll(QualityStories.all())) {
            System.out.println(story.id() + "  subjects " + names(story, TagType.SUBJECT) + "  keywords "
                    + names(story, TagType.KEYWORD));
            for (RelatedLink link : story.related()) {
                boolean duplicate = link.sharedTags().get(0).equals(RelatedStories.NEAR_DUPLICATE);
                String pair = story.id() + " -> " + link.id();
                (duplicate ? foundDuplicates : foundRelated).add(pair);
                boolean expected = (duplicate ? expectedDuplicates : expectedRelated).contains(pair);
                System.out.printf(
                        "    %s %s %.3f %s%n",
                        expected ? "ok   " : "FALSE", link.id(), link.score(), link.sharedTags());
            }
        }
        Score related = score(expectedRelated, foundRelated);
        System.out.println(related.line("RELATED"));
        System.out.println(score(expectedDuplicates, foundDuplicates).line("DUPLICATES"));
        expectedRelated.stream()
                .filter(pair -> !foundRelated.contains(pair))
                .sorted()
                .forEach(pair -> System.out.println("missed " + pair));
    }

    @Test
    void linksMostOfTheStoriesAnEditorWouldLinkAndFewOthers() {
        Score related = score(expectedRelated, foundRelated);
        assertThat(related.precision()).as(related.line("RELATED")).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(related.recall()).as(related.line("RELATED")).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void marksTheResentStoryAsANearDuplicateOfItsOriginalAndNothingElse() {
        assertThat(foundDuplicates).isEqualTo(expectedDuplicates);
    }

    @Test
    void neverListsANearDuplicatesOriginalAgainAsMerelyRelated() {
        assertThat(foundRelated).doesNotContainAnyElementsOf(foundDuplicates);
    }

    private static Score score(Set<String> expected, Set<String> found) {
        int truePositives = (int) found.stream().filter(expected::contains).count();
        return new Score(truePositives, found.size() - truePositives, expected.size() - truePositives);
    }

    private static List<String> names(StoryEnriched story, TagType type) {
        return story.tags().stream()
                .filter(tag -> tag.type() == type)
                .map(tag -> tag.name() + " " + tag.confidence())
                .collect(Collectors.toList());
    }
}
