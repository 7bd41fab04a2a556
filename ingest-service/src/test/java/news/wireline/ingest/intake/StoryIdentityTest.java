package news.wireline.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.ingest.parse.ParsedStory;
import org.junit.jupiter.api.Test;

class StoryIdentityTest {

    static final Story STORY =
            new Story("Tram 28 runs again", null, null, List.of(), List.of("It ran."), List.of(), null, null);

    @Test
    void idGivenBySenderWins() {
        ParsedStory parsed = new ParsedStory(STORY, "urn:x:1", null, Release.usable());

        assertThat(StoryIdentity.of(StoryId.of("given-1"), "desk", parsed)).isEqualTo(StoryId.of("given-1"));
    }

    @Test
    void desksOwnIdentifierIsUsedWhenItFits() {
        ParsedStory parsed = new ParsedStory(STORY, "urn:newsml:example.org:20261125:tram28", null, Release.usable());

        assertThat(StoryIdentity.of(null, "desk", parsed).value()).isEqualTo("urn:newsml:example.org:20261125:tram28");
    }

    @Test
    void desksIdentifierThatCannotBeAnIdIsHashedStably() {
        ParsedStory parsed = new ParsedStory(STORY, "https://example.org/stories/tram 28?x=1", null, Release.usable());

        StoryId id = StoryIdentity.of(null, "desk", parsed);

        assertThat(id.value()).startsWith("wl-");
        assertThat(StoryIdentity.of(null, "desk", parsed)).isEqualTo(id);
    }

    @Test
    void withoutAnyIdentifierTheHeadlineAndDeskDecide() {
        ParsedStory parsed = ParsedStory.of(STORY);

        assertThat(StoryIdentity.of(null, "desk", parsed)).isEqualTo(StoryId.derive("desk", "Tram 28 runs again"));
    }
}
