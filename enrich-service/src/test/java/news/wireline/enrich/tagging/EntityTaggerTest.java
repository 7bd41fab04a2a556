package news.wireline.enrich.tagging;

import static news.wireline.enrich.tagging.TestStories.story;
import static news.wireline.events.Tag.TagType.ORGANISATION;
import static news.wireline.events.Tag.TagType.PERSON;
import static news.wireline.events.Tag.TagType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import news.wireline.events.Story;
import news.wireline.events.Tag;
import org.junit.jupiter.api.Test;

class EntityTaggerTest {

    private static final EntityTagger TAGGER = EntityTagger.withBundledGazetteer();

    private static final Story SUMMIT = story(
            "Ruiz presses NATO allies for air defence in Vilnius talks",
            "Prime Minister Ana Ruiz met NATO Secretary General Jonas Lind in Vilnius on Tuesday to press"
                    + " allies for more air defence systems.",
            "Ruiz said the alliance had promised two batteries before winter. Lind did not confirm the number.",
            "The talks followed a meeting of European Union foreign ministers in Brussels, where Hungarian"
                    + " Foreign Minister Peter Szabo again blocked a joint statement.",
            "Despite the setback, Ms. Ruiz told reporters that Lithuania would host the next round.");

    @Test
    void tagsThePeoplePlacesAndOrganisationsASummitStoryNames() {
        List<Tag> tags = TAGGER.tag(SUMMIT);

        assertThat(tags)
                .extracting(Tag::name, Tag::type, Tag::mentions)
                .containsExactlyInAnyOrder(
                        tuple("Ana Ruiz", PERSON, 4),
                        tuple("Jonas Lind", PERSON, 2),
                        tuple("Peter Szabo", PERSON, 1),
                        tuple("NATO", ORGANISATION, 2),
                        tuple("European Union", ORGANISATION, 1),
                        tuple("Vilnius", PLACE, 2),
                        tuple("Brussels", PLACE, 1),
                        tuple("Lithuania", PLACE, 1),
                        tuple("Hungary", PLACE, 1));
    }

    @Test
    void tagsACentralBankStoryAndLearnsTheAcronymItDefines() {
        Story story = story(
                "Malawi's central bank holds rates as inflation cools",
                "The Reserve Bank of Malawi (RBM) kept its policy rate at 26% on Thursday, citing slowing"
                        + " inflation and a new loan from the International Monetary Fund.",
                "RBM Governor Wilson Banda said the IMF programme would steady the kwacha. Banda expects"
                        + " prices in Lilongwe and Blantyre City to ease by March.");

        assertThat(TAGGER.tag(story))
                .extracting(Tag::name, Tag::type, Tag::mentions)
                .containsExactlyInAnyOrder(
                        tuple("Malawi", PLACE, 1),
                        tuple("Reserve Bank of Malawi", ORGANISATION, 2),
                        tuple("Wilson Banda", PERSON, 2),
                        tuple("International Monetary Fund", ORGANISATION, 2),
                        tuple("Lilongwe", PLACE, 1),
                        tuple("Blantyre City", PLACE, 1));
    }

    @Test
    void tagsASportsStoryFromTitlesClubWordsAndVenueWords() {
        Story story = story(
                "Kovac double sends Northfield Rovers top",
                "Striker Lena Kovac scored twice as Northfield Rovers beat Real Madrid 2-1 in a friendly at the"
                        + " Riverside Stadium in Lisbon on Saturday.",
                "Kovac, 24, joined from Dynamo Kyiv in August.");

        assertThat(TAGGER.tag(story))
                .extracting(Tag::name, Tag::type, Tag::mentions)
                .containsExactlyInAnyOrder(
                        tuple("Lena Kovac", PERSON, 3),
                        tuple("Northfield Rovers", ORGANISATION, 2),
                        tuple("Real Madrid", ORGANISATION, 1),
                        tuple("Dynamo Kyiv", ORGANISATION, 1),
                        tuple("Riverside Stadium", PLACE, 1),
                        tuple("Lisbon", PLACE, 1));
    }

    @Test
    void neverTagsCaptionsCreditsTeasersOrBylines() {
        Story story = story(
                "Talks resume",
                List.of("Negotiators met again on Monday."),
                List.of(new Story.Image("Protesters gather outside the embassy in Riga", "Karl Berg / AFP")),
                List.of(new Story.Teaser("Latvia expands conscription", "Defence Minister Inga Kalnina said more")),
                new Story.Byline(List.of("Marta Olsen"), "Baltic desk"));

        assertThat(TAGGER.tag(story)).isEmpty();
    }

    @Test
    void foldsAnAcronymAndItsSpelledOutNameIntoOneTag() {
        Story story = story(
                "Spy ring detained",
                "The Security Service of Ukraine (SBU) detained two suspects in Odesa.",
                "The SBU said both had passed coordinates to Russian handlers.");

        assertThat(TAGGER.tag(story))
                .filteredOn(tag -> tag.type() == ORGANISATION)
                .extracting(Tag::name, Tag::mentions)
                .containsExactly(tuple("Security Service of Ukraine", 2));
    }

    @Test
    void appliesAnAcronymTheBodyDefinesToTheHeadlineToo() {
        Story story = story(
                "CEC sets date for local elections",
                "The Central Election Commission (CEC) said voting would take place in the spring.");

        assertThat(TAGGER.tag(story))
                .extracting(Tag::name, Tag::type, Tag::mentions)
                .containsExactly(tuple("Central Election Commission", ORGANISATION, 2));
    }

    @Test
    void foldsRegionAndOblastSpellingsIntoOnePlace() {
        Story story = story(
                "Shelling reported",
                "Shelling hit three villages in the Kursk region overnight.",
                "Officials in Kursk Oblast said power was restored by noon.");

        assertThat(TAGGER.tag(story))
                .extracting(Tag::name, Tag::type, Tag::mentions)
                .containsExactly(tuple("Kursk Oblast", PLACE, 2));
    }

    @Test
    void foldsASurnameUsedAloneIntoThePersonFirstNamedInFull() {
        Story story = story(
                "Budget vote delayed",
                "Finance Minister Greta Holm asked lawmakers for another week.",
                "Holm said the delay would cost nothing. Lawmakers sided with Holm.");

        assertThat(TAGGER.tag(story))
                .extracting(Tag::name, Tag::type, Tag::mentions)
                .containsExactly(tuple("Greta Holm", PERSON, 3));
    }

    @Test
    void dropsWordsCapitalisedOnlyBecauseTheyStartASentence() {
        Story story = story(
                "Quiet day",
                "Yesterday the talks stalled. Today they resumed. Despite the rain, crowds gathered in Kyiv.",
                "\"God knows,\" she said. In March, However, She, The, But and It never become tags.");

        assertThat(TAGGER.tag(story)).extracting(Tag::name).containsExactly("Kyiv");
    }

    @Test
    void givesEveryTagAConfidenceBetweenZeroAndOneMostConfidentFirst() {
        List<Tag> tags = TAGGER.tag(SUMMIT);

        assertThat(tags).allSatisfy(tag -> assertThat(tag.confidence()).isBetween(0.0, 1.0));
        assertThat(tags)
                .isSortedAccordingTo(
                        Comparator.comparingDouble(Tag::confidence).reversed().thenComparing(Tag::name));
        assertThat(tags.get(0)).isEqualTo(new Tag("Ana Ruiz", PERSON, 0.828, 4));
    }

    @Test
    void givesTheSameTagsEveryTimeAndOnEveryThread() {
        List<Tag> first = TAGGER.tag(SUMMIT);

        List<List<Tag>> concurrent = IntStream.range(0, 64)
                .parallel()
                .mapToObj(i -> TAGGER.tag(SUMMIT))
                .toList();

        assertThat(concurrent).allSatisfy(tags -> assertThat(tags).isEqualTo(first));
    }

    @Test
    void returnsNoTagsForAStoryWithNothingInIt() {
        assertThat(TAGGER.tag(new Story(null, null, null, null, null, null, null, null)))
                .isEmpty();
        assertThat(TAGGER.tag(story("", "", "   "))).isEmpty();
    }

    @Test
    void tagsAHeadlineOnlyStoryAndBoostsWhatTheHeadlineNames() {
        List<Tag> tags = TAGGER.tag(story("Explosions heard across Kyiv as air raid alert sounds"));

        assertThat(tags).containsExactly(new Tag("Kyiv", PLACE, 0.79, 1));
    }

    @Test
    void trustsOnlyTheGazetteerInATitleCaseHeadline() {
        assertThat(TAGGER.tag(story("Harbour City Council Approves New Budget In Lyon")))
                .extracting(Tag::name)
                .containsExactly("Lyon");
        assertThat(TAGGER.tag(story("Harbour City Council approves budget in Lyon")))
                .extracting(Tag::name)
                .containsExactlyInAnyOrder("Harbour City Council", "Lyon");
    }

    @Test
    void explainsEveryTagWithTheSpansThatNameIt() {
        Story story = story(
                "Shelling reported in Kursk region",
                "Shelling hit three villages in the Kursk region overnight.",
                "Officials in Kursk Oblast said power was restored.");

        TagEvidence kursk = TAGGER.explain(story).get(0);

        assertThat(kursk.tag().name()).isEqualTo("Kursk Oblast");
        assertThat(kursk.spans())
                .extracting(TextSpan::part, TextSpan::paragraph, TextSpan::start, TextSpan::end, TextSpan::text)
                .containsExactly(
                        tuple(TextSpan.Part.HEADLINE, 0, 21, 33, "Kursk region"),
                        tuple(TextSpan.Part.BODY, 0, 35, 47, "Kursk region"),
                        tuple(TextSpan.Part.BODY, 1, 13, 25, "Kursk Oblast"));
    }

    @Test
    void findsPeopleAndPlacesNoListKnowsFromTheWordsAroundThem() {
        Story story = story(
                "Union rejects offer",
                "Union negotiator Marloes Dekker said the talks had failed in the port city of Izmail.",
                "Dekker met executives of the video platform Streamly in northern Alberta.");

        assertThat(TAGGER.tag(story))
                .extracting(Tag::name, Tag::type, Tag::mentions)
                .containsExactlyInAnyOrder(
                        tuple("Marloes Dekker", PERSON, 2),
                        tuple("Izmail", PLACE, 1),
                        tuple("Streamly", ORGANISATION, 1),
                        tuple("Alberta", PLACE, 1));
    }
}
