package news.wireline.enrich.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.wireline.enrich.tagging.TagEvidence;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.Story;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;
import org.junit.jupiter.api.Test;

class SubjectClassifierTest {

    private static final SubjectClassifier CLASSIFIER = SubjectClassifier.bundled();

    @Test
    void filesAWarStoryUnderConflictAndArmedConflictCodeFirst() {
        List<TagEvidence> subjects = classify(
                "Ceasefire talks stall as shelling resumes",
                "Artillery shelling hit the city overnight as troops pressed an offensive, a day after ceasefire talks broke down.",
                "The army said drones had struck two depots.");

        assertThat(subjects)
                .extracting(subject -> subject.tag().name())
                .contains("medtop:16000000 conflict, war and peace", "medtop:20000056 armed conflict");
        assertThat(subjects).allSatisfy(subject -> {
            assertThat(subject.tag().type()).isEqualTo(TagType.SUBJECT);
            assertThat(subject.tag().confidence()).isBetween(0.0, 0.95);
        });
    }

    @Test
    void givesTheTriggerWordsAsEvidence() {
        TagEvidence conflict =
                classify("Ceasefire talks stall", "Shelling resumed and troops advanced, backed by artillery.").stream()
                        .filter(subject -> subject.tag().name().startsWith("medtop:16000000"))
                        .findFirst()
                        .orElseThrow();

        assertThat(conflict.spans()).extracting(span -> span.text()).contains("Shelling", "troops", "artillery");
    }

    @Test
    void aWordUsedInPassingIsNoSubject() {
        assertThat(classify("Bakery wins prize for sourdough", "The election of the best loaf was close."))
                .extracting(subject -> subject.tag().name())
                .noneMatch(name -> name.startsWith("medtop:11000000"));
    }

    @Test
    void ranksStrongerEvidenceHigher() {
        List<Tag> tags = classify(
                        "Central bank raises interest rate as inflation climbs",
                        "The central bank raised its interest rate again as inflation and wage growth stayed high, and the currency fell.",
                        "Bond yields rose and the stock market slipped.")
                .stream()
                .map(TagEvidence::tag)
                .toList();

        assertThat(tags.get(0).name()).startsWith("medtop:04000000");
        assertThat(tags).isSortedAccordingTo((left, right) -> Double.compare(right.confidence(), left.confidence()));
    }

    private static List<TagEvidence> classify(String headline, String... body) {
        return CLASSIFIER.classify(
                StoryTerms.of(new Story(headline, null, null, List.of(), List.of(body), List.of(), null, null)));
    }
}
