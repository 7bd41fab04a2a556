package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import news.wireline.events.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class PlainTextParserTest {

    private final StoryParser parser = new StoryParser(1_000_000);

    @Test
    void readsSeedLayoutWithLeadCaptionAndACaptionFurtherDown() {
        // Given a business story with a lead image, an embedded teaser and a second photo mid-copy
        // When
        Story story = parse("rotterdam-port-strike.txt");
        // Then
        assertThat(story.section()).isEqualTo("Business");
        assertThat(story.headline()).isEqualTo("Rotterdam dockworkers walk out as automation talks collapse");
        assertThat(story.readTimeMinutes()).isEqualTo(4);
        assertThat(story.images())
                .containsExactly(
                        new Story.Image(
                                "Container cranes stand idle at the Maasvlakte II terminal in Rotterdam, the Netherlands, on March 3, 2025",
                                "Jan de Vries / ANP"),
                        new Story.Image(
                                "A queue of container ships waits at anchor off the Hook of Holland on March 3, 2025",
                                "Photo: Pieter Bakker / Port of Rotterdam Authority"));
        assertThat(story.body()).hasSize(8);
        assertThat(story.body().get(0))
                .isEqualTo(
                        "Thousands of dockworkers at the Port of Rotterdam stopped work on Monday"
                                + " after talks over the automation of two container terminals broke down late on Sunday night.");
        assertThat(story.body().get(7)).isEqualTo("Talks are scheduled to resume on Wednesday in The Hague.");
        assertThat(story.teasers())
                .containsExactly(
                        new Story.Teaser(
                                "Antwerp port workers reject overtime ban as ships divert from Rotterdam",
                                "Union leaders in Antwerp said they would not refuse extra shifts during the Dutch strike, arguing that"
                                        + " solidarity could not come at the expense of their own members' pay during a slow winter season for…"));
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of(), "The Wireline Europe desk"));
        assertThat(story.language()).isNull();
        assertNoChromeOrCreditsInBody(story);
        assertThat(String.join("\n", story.body()))
                .doesNotContain("Antwerp port workers", "We are the Europe team", "Shipping rates");
    }

    @Test
    void readsStoryWithoutCaptionReadTimeOrRepeatedHeadline() {
        // Given a story that goes straight from headline to copy, credited to two people
        // When
        Story story = parse("varno-valley-flood.txt");
        // Then
        assertThat(story.section()).isEqualTo("Climate");
        assertThat(story.headline())
                .isEqualTo("Floodwater cuts off villages across the Varno valley after three days of rain");
        assertThat(story.readTimeMinutes()).isNull();
        assertThat(story.images()).isEmpty();
        assertThat(story.teasers()).isEmpty();
        assertThat(story.body()).hasSize(6);
        assertThat(story.body().get(0))
                .startsWith("Emergency crews in the Varno valley evacuated more than 1,200 residents");
        assertThat(story.body().get(5))
                .isEqualTo("The regional council has asked the national government for emergency funds"
                        + " and said a full damage assessment would take weeks.");
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of("Ines Duarte", "Tomas Berg"), null));
        assertThat(String.join("\n", story.body())).doesNotContain("covers climate and environment", "Glaciers");
        assertNoChromeOrCreditsInBody(story);
    }

    @Test
    void readsCrlfStoryWithCurlyQuotesAndHeadlineRepeatedWithStraightQuotes() {
        // Given a story with Windows line endings whose repeated headline uses straight quotes
        String crlf = Fixtures.text("white-dwarf-planet-crlf.txt")
                .replace("\r\n", "\n")
                .replace("\n", "\r\n");
        // When
        Story story = parser.read(crlf.getBytes(StandardCharsets.UTF_8), "TEXT/PLAIN; charset=UTF-8")
                .story();
        // Then
        assertThat(story.section()).isEqualTo("Science");
        assertThat(story.headline()).isEqualTo("Astronomers spot “impossible” planet orbiting a dying star");
        assertThat(story.readTimeMinutes()).isEqualTo(5);
        assertThat(story.images())
                .containsExactly(new Story.Image(
                        "An artist’s impression of the gas giant circling the white dwarf WD 2217-41",
                        "Illustration: Lena Hartmann / Max Planck Institute for Astronomy"));
        assertThat(story.body()).hasSize(6);
        assertThat(story.body().get(1))
                .isEqualTo(
                        "“By every model we have, this planet shouldn’t be there,” said Dr. Amira Haddad"
                                + " of the University of Leiden, who led the study published in Nature Astronomy on Wednesday.");
        assertThat(story.body().get(5))
                .isEqualTo("“If we’re right, planets are tougher than we gave them credit for,” Haddad said.");
        assertThat(story.teasers())
                .extracting(Story.Teaser::headline)
                .containsExactly("Telescope time goes to ‘quiet’ stars as astronomers hunt for second Earths");
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of(), "Wireline science desk"));
        assertThat(story.body()).noneMatch(paragraph -> paragraph.contains("\r"));
        assertNoChromeOrCreditsInBody(story);
    }

    @Test
    void readsUkrainianStory() {
        // When
        Story story = parse("lviv-tram-ukrainian.txt");
        // Then
        assertThat(story.section()).isEqualTo("Новини");
        assertThat(story.headline()).isEqualTo("У Львові відкрили нову трамвайну лінію до Сихова");
        assertThat(story.readTimeMinutes()).isEqualTo(3);
        assertThat(story.images())
                .containsExactly(new Story.Image(
                        "Перший рейс нового трамвая на вулиці Червоної Калини у Львові, 13 вересня 2025 року",
                        "Фото: Олена Коваль / Укрінформ"));
        assertThat(story.body()).hasSize(5);
        assertThat(story.body().get(0)).startsWith("У суботу у Львові запрацювала нова трамвайна лінія");
        assertThat(story.body().get(4))
                .isEqualTo("Мешканці району вже кілька років скаржилися на переповнені маршрутки"
                        + " та довгі черги на зупинках.");
        assertThat(story.teasers()).isEmpty();
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of("Марія Шевчук"), null));
        assertThat(String.join("\n", story.body())).doesNotContain("пише про міське життя", "Київ оголосив");
        assertNoChromeOrCreditsInBody(story);
    }

    @Test
    void keepsSeveralTeasersOutOfBodyAndDropsLongStoryList() {
        // Given teasers ending in "...", in a full sentence plus "Article image", and in "…" plus "Article image"
        // When
        Story story = parse("oslo-fund-seabed-teasers.txt");
        // Then
        assertThat(story.section()).isEqualTo("Economy");
        assertThat(story.headline())
                .isEqualTo("Norway’s wealth fund drops deep-sea mining investors over seabed risks");
        assertThat(story.images())
                .containsExactly(new Story.Image(
                        "The headquarters of Norges Bank in Oslo, Norway, on January 20, 2025", "Reuters"));
        assertThat(story.teasers())
                .containsExactly(
                        new Story.Teaser(
                                "Deep-sea mining firms win licence delay at Jamaica talks",
                                "Delegates at the International Seabed Authority agreed to postpone a decision on commercial licences"
                                        + " until next year, disappointing companies that had hoped to start extraction..."),
                        new Story.Teaser(
                                "Mining company shares fall after Oslo announcement",
                                "Shares in two of the affected companies fell by more than 6 percent in early trading in Oslo and"
                                        + " Toronto, with analysts warning of a wider pull-back by European pension funds."),
                        new Story.Teaser(
                                "Pension funds in Denmark weigh similar exit from ocean mining",
                                "Two of Denmark’s largest pension funds said they were reviewing their exposure to companies linked"
                                        + " to seabed minerals, following questions from…"));
        assertThat(story.body()).hasSize(7);
        assertThat(story.body().get(0)).startsWith("Norway’s sovereign wealth fund has sold its holdings");
        assertThat(story.body().get(6))
                .isEqualTo("The fund said it would keep monitoring the sector and could reinvest"
                        + " if the scientific evidence changed.");
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of(), "Wireline economy desk"));
        assertThat(String.join("\n", story.body()))
                .doesNotContain("Swedish inflation", "Estonia", "Pension funds in Denmark");
        assertNoChromeOrCreditsInBody(story);
    }

    @Test
    void readsByLineAboveHeadlineAndKeepsBodyParagraphEndingInAgencyName() {
        // Given a "By ... and ..." line and a body paragraph that ends "(AP)" without being a caption
        // When
        Story story = parse("atacama-lithium-by-line.txt");
        // Then
        assertThat(story.section()).isEqualTo("World");
        assertThat(story.headline()).isEqualTo("Chilean court suspends lithium project in the Atacama salt flats");
        assertThat(story.readTimeMinutes()).isEqualTo(2);
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of("Amara Okafor", "Lukas Brenner"), null));
        assertThat(story.images())
                .containsExactly(new Story.Image(
                        "Flamingos feed in a lagoon of the Salar de Atacama, northern Chile, on May 9, 2024",
                        "Esteban Rojas / AP"));
        assertThat(story.body()).hasSize(5);
        assertThat(story.body().get(3)).endsWith("according to a statement quoted by the Associated Press (AP)");
        assertThat(story.body().get(4)).startsWith("Chile holds some of the world's largest reserves of lithium");
        assertThat(String.join("\n", story.body())).doesNotContain("By Amara", "Argentina");
        assertNoChromeOrCreditsInBody(story);
    }

    @Test
    void readsConsecutiveLeadCaptionsAsSeparateImages() {
        // Given
        String page = """
                Sport
                Madrid hosts first night final in club history
                Fans gather outside the stadium before kick-off (Carlos Vega / EFE)
                The two captains lift the trophy together on the pitch (Photo: Lucía Marín)
                The final kicked off at nine in the evening under floodlights.
                """;
        // When
        Story story =
                parser.read(page.getBytes(StandardCharsets.UTF_8), "text/plain").story();
        // Then
        assertThat(story.images())
                .containsExactly(
                        new Story.Image("Fans gather outside the stadium before kick-off", "Carlos Vega / EFE"),
                        new Story.Image(
                                "The two captains lift the trophy together on the pitch", "Photo: Lucía Marín"));
        assertThat(story.body()).containsExactly("The final kicked off at nine in the evening under floodlights.");
    }

    @Test
    void takesFirstLineAsHeadlineWhenThereIsNoSectionLabel() {
        // Given
        String page = """
                Rotterdam port strike ends after two days
                Dockworkers returned to the terminals on Wednesday morning.
                """;
        // When
        Story story =
                parser.read(page.getBytes(StandardCharsets.UTF_8), "text/plain").story();
        // Then
        assertThat(story.section()).isNull();
        assertThat(story.headline()).isEqualTo("Rotterdam port strike ends after two days");
        assertThat(story.body()).containsExactly("Dockworkers returned to the terminals on Wednesday morning.");
        assertThat(story.byline()).isNull();
    }

    @Test
    void readsChineseStoryWithoutSpacesOrCapitals() {
        // When
        Story story = parse("shancheng-tidal-ferries-chinese.txt");
        // Then
        assertThat(story.section()).isEqualTo("科技");
        assertThat(story.headline()).isEqualTo("山城港启用潮汐发电为电动渡轮充电");
        assertThat(story.readTimeMinutes()).isEqualTo(3);
        assertThat(story.images()).containsExactly(new Story.Image("潮汐涡轮机组在港口入口处进行安装前测试", "Photo: 陈晓 / 山城港务局"));
        assertThat(story.body()).hasSize(5);
        assertThat(story.body().get(2)).isEqualTo("“大潮时我们发的电比渡轮用得还多，”港务局局长林静说。");
        assertThat(story.body().get(4)).isEqualTo("工程师计划在第一个冬季结束后检查涡轮机的磨损情况。");
        assertThat(story.teasers()).isEmpty();
        assertThat(story.byline()).isEqualTo(new Story.Byline(List.of("李明"), null));
        assertThat(String.join("\n", story.body())).doesNotContain("科技记者", "海上风电场");
        assertNoChromeOrCreditsInBody(story);
    }

    @Test
    void endsChineseHeaderAtTheFirstSentenceEvenWithoutSectionLabel() {
        // Given a headline with no spaces, which alone would pass for a section label, straight above the copy
        String page = "山城港启用潮汐发电为电动渡轮充电\n周一，两艘电动渡轮开始使用潮汐电力充电。\n港务局表示，机组可满足约八成的用电需求。\n";
        // When
        Story story =
                parser.read(page.getBytes(StandardCharsets.UTF_8), "text/plain").story();
        // Then
        assertThat(story.section()).isNull();
        assertThat(story.headline()).isEqualTo("山城港启用潮汐发电为电动渡轮充电");
        assertThat(story.body()).containsExactly("周一，两艘电动渡轮开始使用潮汐电力充电。", "港务局表示，机组可满足约八成的用电需求。");
    }

    @ParameterizedTest(name = "{0} trailing items, closed by Show More: {1}")
    @CsvSource({"0, true", "1, true", "1, false", "12, true", "80, false"})
    void dropsTrailingStoryListOfAnyLength(int items, boolean showMore) {
        // Given a story whose page ends with the site's list of other stories, some of them headline-like
        StringBuilder page = new StringBuilder("""
                Energy
                Harbour board approves second turbine array
                The Skerrin harbour board voted on Tuesday to build a second array of six turbines.
                Work could begin next spring if the island council agrees.
                Read more
                Energy
                """);
        for (int i = 1; i <= items; i++) {
            String item = i % 2 == 0
                    ? "Ferry fares frozen for item %d"
                    : "Council publishes budget number %d for the year ahead.";
            page.append(item.formatted(i)).append('\n');
        }
        page.append(showMore ? "Show More\n" : "");
        // When
        Story story = parser.read(page.toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .story();
        // Then
        assertThat(story.body())
                .containsExactly(
                        "The Skerrin harbour board voted on Tuesday to build a second array of six turbines.",
                        "Work could begin next spring if the island council agrees.");
        assertThat(story.teasers()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("news.wireline.ingest.parse.Fixtures#PLAIN_TEXT_STORIES")
    void printsHeadlineOnceAndNeverAsBody(String fixture) {
        // When
        Story story = parse(fixture);
        // Then
        assertThat(story.body()).doesNotContain(story.headline());
        assertThat(story.body()).doesNotContain(story.section());
    }

    private Story parse(String fixture) {
        return parser.read(Fixtures.bytes(fixture), "text/plain; charset=utf-8").story();
    }

    static void assertNoChromeOrCreditsInBody(Story story) {
        String body = String.join("\n", story.body());
        assertThat(body).doesNotContain(Fixtures.CHROME);
        for (Story.Image image : story.images()) {
            assertThat(body).doesNotContain(image.credit()).doesNotContain(image.caption());
        }
        for (Story.Teaser teaser : story.teasers()) {
            assertThat(body).doesNotContain(teaser.headline());
        }
    }
}
