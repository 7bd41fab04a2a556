package news.wireline.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.wireline.events.RejectCode;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.parse.ParsedStory;
import org.junit.jupiter.api.Test;

class StoryIdentityTest {

    static final Story STORY =
            new Story("Tram 28 runs again", null, null, List.of(), List.of("It ran."), List.of(), null, null);

    final StoryIdentity identity = KnownDesks.identity("lisbon-desk", "porto-desk");

    @Test
    void idGivenBySenderIsPutInItsDesksNamespace() {
        ParsedStory parsed = new ParsedStory(STORY, "urn:x:1", null, Release.usable());

        assertThat(identity.of(StoryId.of("given-1"), "lisbon-desk", parsed))
                .isEqualTo(StoryId.of("lisbon-desk:given-1"));
    }

    @Test
    void twoDesksGivingTheSameIdGetTwoStories() {
        ParsedStory parsed = ParsedStory.of(STORY);

        StoryId lisbon = identity.of(StoryId.of("1234"), "lisbon-desk", parsed);
        StoryId porto = identity.of(StoryId.of("1234"), "porto-desk", parsed);

        assertThat(lisbon).isEqualTo(StoryId.of("lisbon-desk:1234"));
        assertThat(porto).isEqualTo(StoryId.of("porto-desk:1234"));
    }

    @Test
    void idAlreadyInTheSendersNamespaceIsKeptAsItIs() {
        ParsedStory parsed = ParsedStory.of(STORY);

        assertThat(identity.of(StoryId.of("lisbon-desk:given-1"), "lisbon-desk", parsed))
                .isEqualTo(StoryId.of("lisbon-desk:given-1"));
        StoryId derived = StoryId.derive("lisbon-desk", "Tram 28 runs again");
        assertThat(identity.of(derived, "lisbon-desk", parsed)).isEqualTo(derived);
    }

    @Test
    void idInAnotherKnownDesksNamespaceIsThatDesksStory() {
        ParsedStory parsed = ParsedStory.of(STORY);

        assertThatThrownBy(() -> identity.of(StoryId.of("lisbon-desk:given-1"), "porto-desk", parsed))
                .isInstanceOfSatisfying(StoryRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(RejectCode.NOT_OWNER);
                    assertThat(e.field()).isEqualTo("id");
                })
                .hasMessageContaining("desk lisbon-desk's namespace");
    }

    @Test
    void aPrefixNoDeskHoldsIsPartOfTheDesksOwnId() {
        ParsedStory parsed = new ParsedStory(STORY, "urn:newsml:example.org:20261125:tram28", null, Release.usable());

        assertThat(identity.of(null, "lisbon-desk", parsed).value())
                .isEqualTo("lisbon-desk:urn:newsml:example.org:20261125:tram28");
    }

    @Test
    void desksIdentifierThatCannotBeAnIdIsHashedStablyInItsNamespace() {
        ParsedStory parsed = new ParsedStory(STORY, "https://example.org/stories/tram 28?x=1", null, Release.usable());

        StoryId id = identity.of(null, "lisbon-desk", parsed);

        assertThat(id.value()).matches("lisbon-desk:wl-[0-9a-f]{20}");
        assertThat(identity.of(null, "lisbon-desk", parsed)).isEqualTo(id);
    }

    @Test
    void idThatWouldBeTooLongOnceQualifiedIsHashedInItsNamespace() {
        String longest = "x".repeat(128);

        StoryId id = identity.of(StoryId.of(longest), "lisbon-desk", ParsedStory.of(STORY));

        assertThat(id).isEqualTo(StoryId.derive("lisbon-desk", longest));
    }

    @Test
    void withoutAnyIdentifierTheHeadlineAndDeskDecide() {
        ParsedStory parsed = ParsedStory.of(STORY);

        assertThat(identity.of(null, "lisbon-desk", parsed))
                .isEqualTo(StoryId.derive("lisbon-desk", "Tram 28 runs again"));
    }
}
