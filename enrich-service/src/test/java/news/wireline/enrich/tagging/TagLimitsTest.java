package news.wireline.enrich.tagging;

import static news.wireline.enrich.tagging.TestStories.story;
import static news.wireline.events.Tag.TagType.KEYWORD;
import static news.wireline.events.Tag.TagType.PERSON;
import static news.wireline.events.Tag.TagType.PLACE;
import static news.wireline.events.Tag.TagType.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import news.wireline.events.Story;
import news.wireline.events.Tag;
import org.junit.jupiter.api.Test;

class TagLimitsTest {

    private static final EntityTagger TAGGER = EntityTagger.withBundledGazetteer();

    @Test
    void aLongRunOfCapitalisedWordsGivesNoTagOverAHundredCharacters() {
        // Given a story whose body holds 3,000 random capitalised words in a row, beside ordinary copy
        Story story = story(
                "Ruiz presses allies for air defence in Vilnius talks",
                "Prime Minister Ana Ruiz met allies in Vilnius on Tuesday to press for more air defence systems.",
                // Without the limit this run, closed by a region word, is tagged as one place thousands of characters
                // long.
                "The delegates then met in " + capitalisedWords(new Random(22), 3_000) + " City on Wednesday.",
                "Ruiz said the alliance had promised two batteries before winter.");
        // When
        List<Tag> tags = TAGGER.tag(story);
        // Then the run is dropped, not cut into a name, and the real names are still found
        assertThat(tags)
                .extracting(Tag::name)
                .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(100));
        assertThat(tags).extracting(Tag::name, Tag::type).contains(tuple("Ana Ruiz", PERSON), tuple("Vilnius", PLACE));
    }

    @Test
    void keepsANameOfExactlyAHundredCharactersAndDropsOneOfAHundredAndOne() {
        assertThat(TagLimits.fits("x".repeat(100))).isTrue();
        assertThat(TagLimits.fits("x".repeat(101))).isFalse();
        // Counted in code points: a hundred emoji are a hundred characters, not two hundred chars
        assertThat(TagLimits.fits("\uD83D\uDEA2".repeat(100))).isTrue();
    }

    @Test
    void keepsEverySubjectAndKeywordAndTheMostConfidentEntitiesUpToAHundredTags() {
        // Given 150 entities, most confident first, 3 subjects and 8 keywords
        List<Tag> entities = IntStream.range(0, 150)
                .mapToObj(i -> new Tag("Person " + i, PERSON, 0.9, 1))
                .toList();
        List<Tag> subjects = IntStream.range(0, 3)
                .mapToObj(i -> new Tag("subject " + i, SUBJECT, 0.8, 1))
                .toList();
        List<Tag> keywords = IntStream.range(0, 8)
                .mapToObj(i -> new Tag("keyword" + i, KEYWORD, 0.7, 1))
                .toList();
        // When
        List<Tag> bounded = TagLimits.bounded(entities, subjects, keywords);
        // Then
        assertThat(bounded).hasSize(100);
        assertThat(bounded.subList(0, 89)).isEqualTo(entities.subList(0, 89));
        assertThat(bounded.subList(89, 92)).isEqualTo(subjects);
        assertThat(bounded.subList(92, 100)).isEqualTo(keywords);
    }

    @Test
    void dropsEveryTagWhoseNameIsTooLongWhateverItsType() {
        Tag longEntity = new Tag("A".repeat(101), PERSON, 0.9, 1);
        Tag longKeyword = new Tag("k".repeat(101), KEYWORD, 0.7, 1);
        Tag vilnius = new Tag("Vilnius", PLACE, 0.8, 2);

        assertThat(TagLimits.bounded(List.of(longEntity, vilnius), List.of(), List.of(longKeyword)))
                .containsExactly(vilnius);
    }

    @Test
    void leavesAStoryWithFewTagsAsItWas() {
        List<Tag> entities = List.of(new Tag("Ana Ruiz", PERSON, 0.9, 4), new Tag("Vilnius", PLACE, 0.8, 2));
        List<Tag> subjects = List.of(new Tag("politics", SUBJECT, 0.7, 3));
        List<Tag> keywords = List.of(new Tag("talks", KEYWORD, 0.9, 2));

        assertThat(TagLimits.bounded(entities, subjects, keywords))
                .containsExactly(entities.get(0), entities.get(1), subjects.get(0), keywords.get(0));
    }

    private static String capitalisedWords(Random random, int count) {
        return IntStream.range(0, count).mapToObj(i -> capitalisedWord(random)).collect(Collectors.joining(" "));
    }

    private static String capitalisedWord(Random random) {
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int letters = 3 + random.nextInt(6); letters > 0; letters--) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
