package news.wireline.enrich.tagging;

import static news.wireline.events.Tag.TagType.ORGANISATION;
import static news.wireline.events.Tag.TagType.PERSON;
import static news.wireline.events.Tag.TagType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityClassifierTest {

    private final Lexicon lexicon = Lexicon.bundled();
    private final Tokenizer tokenizer = new Tokenizer(lexicon);
    private final Gazetteer gazetteer = Gazetteer.bundled(tokenizer);
    private final CandidateFinder finder = new CandidateFinder(lexicon);
    private final ContextWords words = ContextWords.bundled();
    private final EntityClassifier classifier = new EntityClassifier(
            gazetteer, new NameRules(lexicon, gazetteer), new ContextRules(words, lexicon, gazetteer), words, lexicon);

    @Test
    void splitsADemonymFromATitledPerson() {
        assertThat(classify("Hungarian Prime Minister Viktor Orban"))
                .extracting(Mention::name, Mention::type, Mention::evidence)
                .containsExactly(
                        tuple("Hungary", PLACE, Evidence.DEMONYM), tuple("Viktor Orban", PERSON, Evidence.TITLE));
    }

    @Test
    void takesAHyphenatedTitleBeforeAName() {
        assertThat(classify("Commander-in-Chief Oleksandr Syrskyi"))
                .extracting(Mention::name, Mention::type)
                .containsExactly(tuple("Oleksandr Syrskyi", PERSON));
    }

    @Test
    void prefersTheLongestKnownNameSoATitleWordInsideItIsNoTitle() {
        assertThat(classify("the UN General Assembly"))
                .extracting(Mention::name, Mention::type)
                .containsExactly(tuple("United Nations General Assembly", ORGANISATION));
    }

    @Test
    void readsANameBeforeATitleAsTheTitlesQualifierNotAPerson() {
        assertThat(classify("Acme Motors CEO Mary Barra"))
                .extracting(Mention::name, Mention::type)
                .containsExactly(tuple("Mary Barra", PERSON));
    }

    @Test
    void recognisesOrganisationsByTheirHeadWord() {
        assertThat(classify("Ukraine's Special Operation Forces and the Ukrainian Cabinet of Ministers"))
                .extracting(Mention::name, Mention::type)
                .containsExactly(
                        tuple("Ukraine", PLACE),
                        tuple("Special Operation Forces", ORGANISATION),
                        tuple("Cabinet of Ministers of Ukraine", ORGANISATION));
    }

    @Test
    void keepsAnOwnerInsideAnOrganisationNameButNotAKnownPlace() {
        assertThat(classify("the President's Office and Russia's Ministry of Energy"))
                .extracting(Mention::name, Mention::type)
                .containsExactly(
                        tuple("President's Office", ORGANISATION),
                        tuple("Russia", PLACE),
                        tuple("Ministry of Energy", ORGANISATION));
    }

    @Test
    void recognisesPlacesByASuffixOrPrefixButNotADemonymsRegion() {
        assertThat(classify("from Silicon Valley to Pine Valley, the Sumy region, a Russian region and Lake Baikal"))
                .extracting(Mention::name, Mention::type)
                .containsExactly(
                        tuple("Silicon Valley", PLACE),
                        tuple("Pine Valley", PLACE),
                        tuple("Sumy Oblast", PLACE),
                        tuple("Russia", PLACE),
                        tuple("Lake Baikal", PLACE));
    }

    @Test
    void takesAKnownGivenNameAndSurnameForAPerson() {
        assertThat(classify("Martin Luther King Jr. and Kim Jong Un"))
                .extracting(Mention::name, Mention::type)
                .containsExactly(tuple("Martin Luther King Jr", PERSON), tuple("Kim Jong Un", PERSON));
    }

    @Test
    void splitsAHyphenatedPairOfKnownNames() {
        assertThat(classify("the Russia-Ukraine war")).extracting(Mention::name).containsExactly("Russia", "Ukraine");
    }

    @Test
    void handsBackUnrecognisedCapitalisedWordsAsPossibleSurnames() {
        List<String> leftovers = finder.find(paragraph("Yesterday Holm said Northfield"), true).stream()
                .flatMap(candidate -> classifier.classify(candidate, StoryAliases.none()).unresolved().stream())
                .map(unresolved -> Token.render(unresolved.tokens()))
                .toList();

        assertThat(leftovers).containsExactly("Holm", "Northfield");
    }

    private List<Mention> classify(String text) {
        return finder.find(paragraph(text), true).stream()
                .flatMap(candidate -> classifier.classify(candidate, StoryAliases.none()).mentions().stream())
                .toList();
    }

    private Paragraph paragraph(String text) {
        return Paragraph.body(0, text, tokenizer.tokenize(text));
    }
}
