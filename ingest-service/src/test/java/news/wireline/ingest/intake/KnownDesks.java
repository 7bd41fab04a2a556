package news.wireline.ingest.intake;

import java.util.Arrays;
import news.wireline.ingest.access.DeskAccessSettings;
import news.wireline.ingest.access.DeskAccessSettings.Desk;
import news.wireline.local.BoundSettings;

/** A {@link StoryIdentity} that knows these desks, as if each had a key configured. */
final class KnownDesks {

    private KnownDesks() {}

    static StoryIdentity identity(String... desks) {
        return new StoryIdentity(
                access(desks), BoundSettings.of(IngestSettings.class, "story-url=http://localhost/stories/{id}"));
    }

    /** These desks, none counting its versions from zero. */
    static DeskAccessSettings access(String... desks) {
        return new DeskAccessSettings(Arrays.stream(desks)
                .map(desk -> new Desk(desk, "0".repeat(64), false))
                .toList());
    }
}
