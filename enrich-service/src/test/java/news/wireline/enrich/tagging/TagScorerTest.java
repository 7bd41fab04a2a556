package news.wireline.enrich.tagging;

import static news.wireline.events.Tag.TagType.ORGANISATION;
import static news.wireline.events.Tag.TagType.PERSON;
import static news.wireline.events.Tag.TagType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import news.wireline.events.Tag;
import org.junit.jupiter.api.Test;

class TagScorerTest {

    @Test
    void startsFromTheStrengthOfTheEvidence() {
        assertThat(confidence(Evidence.GAZETTEER)).isEqualTo(0.70);
        assertThat(confidence(Evidence.TITLE)).isEqualTo(0.60);
        assertThat(confidence(Evidence.RULE)).isEqualTo(0.50);
        assertThat(confidence(Evidence.DEMONYM)).isEqualTo(0.35);
    }

    @Test
    void growsWithEveryFurtherMentionWithoutReachingOne() {
        Mention kyiv = mention("Kyiv", PLACE, Evidence.GAZETTEER, false);

        assertThat(TagScorer.confidence(List.of(kyiv, kyiv))).isEqualTo(0.745);
        assertThat(TagScorer.confidence(List.of(kyiv, kyiv, kyiv))).isEqualTo(0.783);
        assertThat(TagScorer.confidence(Collections.nCopies(200, kyiv))).isLessThanOrEqualTo(1.0);
    }

    @Test
    void boostsWhatTheHeadlineNames() {
        assertThat(TagScorer.confidence(List.of(mention("Kyiv", PLACE, Evidence.GAZETTEER, true))))
                .isEqualTo(0.79);
    }

    @Test
    void takesTheStrongestEvidenceAmongAnEntitysMentions() {
        List<Mention> russia = List.of(
                mention("Russia", PLACE, Evidence.DEMONYM, false), mention("Russia", PLACE, Evidence.GAZETTEER, false));

        assertThat(TagScorer.confidence(russia)).isEqualTo(0.745);
    }

    @Test
    void countsMentionsPerEntityAndSortsMostConfidentFirstThenByName() {
        List<Tag> tags = TagScorer.explain(List.of(
                        mention("Vilnius", PLACE, Evidence.GAZETTEER, false),
                        mention("Ana Ruiz", PERSON, Evidence.TITLE, false),
                        mention("Ana Ruiz", PERSON, Evidence.SURNAME, false),
                        mention("NATO", ORGANISATION, Evidence.GAZETTEER, false)))
                .stream()
                .map(TagEvidence::tag)
                .toList();

        assertThat(tags)
                .containsExactly(
                        new Tag("NATO", ORGANISATION, 0.70, 1),
                        new Tag("Vilnius", PLACE, 0.70, 1),
                        new Tag("Ana Ruiz", PERSON, 0.66, 2));
    }

    private static Mention mention(String name, Tag.TagType type, Evidence evidence, boolean inHeadline) {
        TextSpan.Part part = inHeadline ? TextSpan.Part.HEADLINE : TextSpan.Part.BODY;
        return new Mention(name, type, evidence, new TextSpan(part, 0, 0, name.length(), name));
    }

    private static double confidence(Evidence evidence) {
        return TagScorer.confidence(List.of(mention("X", PLACE, evidence, false)));
    }
}
