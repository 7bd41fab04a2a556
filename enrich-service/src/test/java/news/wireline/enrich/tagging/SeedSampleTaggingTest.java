package news.wireline.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import news.wireline.events.Story;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tags the shared seed sample, a real wire story kept outside the repository. The story is
 * rebuilt here the way the parser would: body paragraphs only, the photo caption as an image,
 * embedded teasers and page chrome dropped. Skipped when the sample is not on this machine.
 */
class SeedSampleTaggingTest {

    private static final Path SAMPLE = Path.of("/work/shared/samples/wire-story-kyiv-north-korea.txt");
    private static final EntityTagger TAGGER = EntityTagger.withBundledGazetteer();

    private static List<Tag> tags;

    @BeforeAll
    static void tagTheSample() throws IOException {
        assumeTrue(Files.isReadable(SAMPLE), "seed sample not available: " + SAMPLE);
        tags = TAGGER.tag(storyFrom(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)));
    }

    @Test
    void tagsTheCountriesAndTheOblastTheStoryIsAbout() {
        assertThat(tags)
                .filteredOn(tag -> tag.type() == TagType.PLACE)
                .extracting(Tag::name)
                .contains("North Korea", "Russia", "Ukraine", "Kursk Oblast");
    }

    @Test
    void tagsTheSecurityServiceOnceUnderItsSpelledOutName() {
        assertThat(tags)
                .filteredOn(tag -> tag.type() == TagType.ORGANISATION)
                .extracting(Tag::name)
                .contains("Security Service of Ukraine")
                .doesNotContain("SBU");
    }

    @Test
    void tagsThePeopleNamedWithTheirTitles() {
        assertThat(tags)
                .filteredOn(tag -> tag.type() == TagType.PERSON)
                .extracting(Tag::name)
                .containsExactlyInAnyOrder("Volodymyr Zelensky", "Oleksandr Syrskyi");
    }

    @Test
    void tagsNothingFromTheCaptionOrPageChromeOrQuotedSpeech() {
        assertThat(tags)
                .extracting(Tag::name)
                .doesNotContain(
                        "AFP",
                        "Agence France-Presse",
                        "Roman Pilipey",
                        "Roman PILIPEY",
                        "Sumy",
                        "Sumy Oblast",
                        "Article",
                        "Avatar",
                        "Yesterday",
                        "Today",
                        "God");
    }

    @Test
    void foldsEveryMentionOfKurskOblastIntoOneTag() {
        assertThat(tags)
                .filteredOn(tag -> tag.name().startsWith("Kursk"))
                .extracting(Tag::name, Tag::mentions)
                .containsExactly(Tuple.tuple("Kursk Oblast", 7));
    }

    @Test
    void tagsExactlyWhatTheHeadlineAndBodyNameMostConfidentFirst() {
        assertThat(tags)
                .extracting(Tag::name, Tag::type, Tag::mentions)
                .containsExactly(
                        Tuple.tuple("Russia", TagType.PLACE, 8),
                        Tuple.tuple("North Korea", TagType.PLACE, 10),
                        Tuple.tuple("Kursk Oblast", TagType.PLACE, 7),
                        Tuple.tuple("Ukraine", TagType.PLACE, 4),
                        Tuple.tuple("Associated Press", TagType.ORGANISATION, 1),
                        Tuple.tuple("Kyiv Independent", TagType.ORGANISATION, 1),
                        Tuple.tuple("Moscow", TagType.PLACE, 1),
                        Tuple.tuple("Security Service of Ukraine", TagType.ORGANISATION, 1),
                        Tuple.tuple("United States", TagType.PLACE, 1),
                        Tuple.tuple("Oleksandr Syrskyi", TagType.PERSON, 1),
                        Tuple.tuple("Volodymyr Zelensky", TagType.PERSON, 1),
                        Tuple.tuple("Special Operation Forces", TagType.ORGANISATION, 1));
    }

    /** Headline is line 3; the body runs from after the caption to the first teaser, then from "Article image" to the second. */
    static Story storyFrom(List<String> lines) {
        int caption = indexOf(lines, line -> clean(line).endsWith("(Roman PILIPEY / AFP)"), 0);
        int firstTeaser =
                indexOf(lines, line -> line.startsWith("North Korean troops in Kursk Oblast boost Russia"), caption);
        int articleImage = indexOf(lines, line -> clean(line).equals("Article image"), firstTeaser);
        int secondTeaser = indexOf(lines, line -> line.startsWith("A shake-up in Ukraine"), articleImage);
        List<String> body = new ArrayList<>(paragraphs(lines.subList(caption + 1, firstTeaser)));
        body.addAll(paragraphs(lines.subList(articleImage + 1, secondTeaser)));
        String captionText = clean(lines.get(caption));
        Story.Image image = new Story.Image(captionText, "Roman PILIPEY / AFP");
        return new Story(clean(lines.get(2)), "News Feed", 3, List.of(image), body, List.of(), null, "en");
    }

    private static List<String> paragraphs(List<String> lines) {
        return lines.stream()
                .map(SeedSampleTaggingTest::clean)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The sample pads lines with no-break spaces, which {@link String#strip()} keeps. */
    private static String clean(String line) {
        return line.replaceAll("^[\\s\\h]+|[\\s\\h]+$", "");
    }

    private static int indexOf(List<String> lines, Predicate<String> wanted, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("seed sample layout changed");
    }
}
