package news.wireline.publish.web;

import static news.wireline.publish.Stories.person;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import news.wireline.publish.PublishServiceTest;
import news.wireline.publish.Reader;
import news.wireline.publish.SiteFixture;
import news.wireline.publish.Stories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The reader's pages as a reader's browser shows them: real headless Chromium, real HTTP, the running service. */
@PublishServiceTest
class ReaderPagesBrowserTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)>";
    static WebDriver browser;

    @Autowired
    SiteFixture site;

    Reader reader;
    String tag;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Browser.available(), "Chromium is not installed: apt-get install chromium chromium-driver");
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void reader() {
        reader = site.reader();
        tag = Stories.uniqueId("Scheldt");
    }

    @Test
    void homePageListsHeadlinesTimesAndTagsThatLeadToTheTagPage() {
        String id = Stories.uniqueId("home");
        site.store(story(id, "Antwerp port reopens after strike")
                .tags(place(tag), person("Pieter Jansen"))
                .urgency(1));

        browser.get(reader.baseUrl() + "/");
        WebElement item = browser.findElement(By.cssSelector("[data-story-id='" + id + "']"));
        Browser.screenshot(browser, "reader-home");

        assertThat(item.findElement(By.cssSelector("h2")).getText()).isEqualTo("Antwerp port reopens after strike");
        assertThat(item.findElement(By.cssSelector(".urgent")).getText()).isEqualToIgnoringCase("Urgent");
        assertThat(item.findElement(By.cssSelector("time")).getDomAttribute("datetime"))
                .endsWith("Z");
        assertThat(item.findElement(By.cssSelector("time")).getText()).endsWith("UTC");
        assertThat(item.findElements(By.cssSelector(".tags a")))
                .extracting(WebElement::getText)
                .containsExactly(tag, "Pieter Jansen");

        item.findElement(By.linkText("Pieter Jansen")).click();

        assertThat(browser.getCurrentUrl()).isEqualTo(reader.baseUrl() + "/tag/Pieter%20Jansen");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Pieter Jansen");
        assertThat(browser.findElements(By.cssSelector("[data-story-id='" + id + "']")))
                .hasSize(1);
    }

    @Test
    void storyPageShowsBodyCaptionCreditBylineAndRelatedStories() throws Exception {
        String earlier = Stories.uniqueId("earlier");
        String id = Stories.uniqueId("story");
        site.store(story(earlier, "Pilots warn of queues off the coast").tags(place(tag)));
        site.store(story(id, "Antwerp port reopens after strike")
                .tags(place(tag))
                .body("Ships began moving again on Tuesday.", "Unions said the deal would hold.")
                .relatedTo(earlier, "Pilots warn of queues off the coast"));

        browser.get(reader.baseUrl() + "/story/" + id);
        Path shot = Browser.screenshot(browser, "reader-story");

        assertThat(browser.getTitle()).isEqualTo("Antwerp port reopens after strike – Wireline");
        assertThat(browser.findElement(By.cssSelector("h1.headline")).getText())
                .isEqualTo("Antwerp port reopens after strike");
        assertThat(browser.findElement(By.cssSelector(".byline")).getText()).isEqualTo("By Ana Ruiz");
        assertThat(browser.findElements(By.cssSelector(".body p")))
                .extracting(WebElement::getText)
                .containsExactly("Ships began moving again on Tuesday.", "Unions said the deal would hold.");
        assertThat(browser.findElement(By.cssSelector("figcaption .caption")).getText())
                .isEqualTo("Cranes stand idle at the port");
        assertThat(browser.findElement(By.cssSelector("figcaption .credit")).getText())
                .isEqualTo("Photo: Lotte Bakker / Harbour Pictures");
        WebElement related = browser.findElement(By.cssSelector(".related a"));
        assertThat(related.getText()).isEqualTo("Pilots warn of queues off the coast");
        assertThat(Files.size(shot)).isGreaterThan(10_000);

        related.click();
        assertThat(browser.getCurrentUrl()).isEqualTo(reader.baseUrl() + "/story/" + earlier);
        assertThat(browser.findElement(By.cssSelector("h1.headline")).getText())
                .isEqualTo("Pilots warn of queues off the coast");
    }

    @Test
    void hostileCopyRendersAsTextAndRunsNothing() {
        String id = Stories.uniqueId("hostile");
        site.store(story(id, HOSTILE)
                .tags(place(tag), place("<script>window.pwned=1</script>"))
                .body("<img src=y onerror=\"window.pwned=2\">", "<a href=\"javascript:window.pwned=3\">click</a>"));

        for (String page : new String[] {"/", "/story/" + id, "/tag/" + tag}) {
            browser.get(reader.baseUrl() + page);

            assertThatThrownBy(() -> browser.switchTo().alert()).as(page).isInstanceOf(NoAlertPresentException.class);
            assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
                    .as(page)
                    .isEqualTo(true);
            assertThat(browser.findElements(By.tagName("img"))).as(page).isEmpty();
            assertThat(browser.findElements(By.tagName("script"))).as(page).isEmpty();
            assertThat(browser.findElements(By.cssSelector("a[href^='javascript']")))
                    .as(page)
                    .isEmpty();
            assertThat(browser.findElement(By.xpath("//*[@data-story-id='" + id + "']//*[contains(@class,'headline')]"))
                            .getText())
                    .as(page)
                    .isEqualTo(HOSTILE);
        }
        assertThat(browser.findElement(By.cssSelector(".tags")).getText()).contains("<script>window.pwned=1</script>");
        Browser.screenshot(browser, "reader-hostile");
    }

    @Test
    void withdrawnStoryLeavesTheListsAndItsPageSaysSo() {
        Stories doomed =
                story(Stories.uniqueId("doomed"), "Story that will be killed").tags(place(tag));
        site.store(doomed);
        site.store(doomed.killed());

        browser.get(reader.baseUrl() + "/story/" + doomed.id());
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("This story has been withdrawn");
        assertThat(browser.getPageSource()).doesNotContain("Story that will be killed");
        assertThat(reader.get("/story/" + doomed.id()).statusCode()).isEqualTo(410);

        browser.get(reader.baseUrl() + "/");
        assertThat(browser.findElements(By.cssSelector("[data-story-id='" + doomed.id() + "']")))
                .isEmpty();
        assertThat(reader.get("/tag/" + tag).statusCode()).isEqualTo(404);
    }

    @Test
    void olderStoriesLinkContinuesATagPageWhereItEnded() {
        String spaced = tag + " Quay";
        for (int i = 0; i < 21; i++) {
            site.store(story(Stories.uniqueId("page"), "Quay story " + i).tags(place(spaced)));
        }

        browser.get(reader.baseUrl() + "/tag/" + spaced.replace(" ", "%20"));
        assertThat(browser.findElements(By.cssSelector(".story"))).hasSize(20);
        assertThat(browser.findElement(By.cssSelector(".story h2")).getText()).isEqualTo("Quay story 20");

        browser.findElement(By.linkText("Older stories")).click();

        assertThat(browser.findElements(By.cssSelector(".story h2")))
                .extracting(WebElement::getText)
                .containsExactly("Quay story 0");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(spaced);
        assertThat(browser.findElements(By.linkText("Older stories"))).isEmpty();
    }
}
