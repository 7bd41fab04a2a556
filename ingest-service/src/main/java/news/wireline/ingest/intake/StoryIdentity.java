package news.wireline.ingest.intake;

import news.wireline.events.StoryId;
import news.wireline.ingest.parse.ParsedStory;

/**
 * Which story a piece of copy is: the id the sender gave, else the desk's own identifier (ninjs
 * uri, NewsML-G2 guid), else one derived from desk and headline, so re-sends and corrections of
 * the same story land on the same id.
 */
final class StoryIdentity {

    private StoryIdentity() {}

    static StoryId of(StoryId given, String desk, ParsedStory parsed) {
        if (given != null) {
            return given;
        }
        if (parsed.externalId() != null && !parsed.externalId().isBlank()) {
            String external = parsed.externalId().strip();
            return fitsAsIs(external) ? StoryId.of(external) : StoryId.derive(desk, external);
        }
        return StoryId.derive(desk, parsed.story().headline());
    }

    private static boolean fitsAsIs(String external) {
        try {
            StoryId.of(external);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
