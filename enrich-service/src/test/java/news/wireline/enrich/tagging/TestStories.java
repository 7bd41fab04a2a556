package news.wireline.enrich.tagging;

import java.util.List;
import news.wireline.events.Story;

/** Builds invented stories for the tagging tests; every name in them is made up or public knowledge. */
final class TestStories {

    private TestStories() {}

    static Story story(String headline, String... body) {
        return new Story(headline, "World", 2, List.of(), List.of(body), List.of(), null, "en");
    }

    static Story story(
            String headline,
            List<String> body,
            List<Story.Image> images,
            List<Story.Teaser> teasers,
            Story.Byline byline) {
        return new Story(headline, "World", 2, images, body, teasers, byline, "en");
    }
}
