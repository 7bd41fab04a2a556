package news.wireline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryIdTest {

    @Test
    void sameDeskAndHeadlineAlwaysGiveTheSameId() {
        StoryId first = StoryId.derive("rotterdam-desk", "Dockworkers walk out at Rotterdam");
        StoryId again = StoryId.derive("rotterdam-desk", "  DOCKWORKERS walk out at Rotterdam!  ");

        assertThat(again).isEqualTo(first);
        assertThat(first.value()).matches("rotterdam-desk:wl-[0-9a-f]{20}");
        assertThat(first.namespace()).isEqualTo("rotterdam-desk");
    }

    @Test
    void otherDeskOrHeadlineGivesAnotherId() {
        StoryId id = StoryId.derive("rotterdam-desk", "Dockworkers walk out");

        assertThat(StoryId.derive("antwerp-desk", "Dockworkers walk out")).isNotEqualTo(id);
        assertThat(StoryId.derive("rotterdam-desk", "Dockworkers walk back")).isNotEqualTo(id);
    }

    @Test
    void idsThatCouldEscapeAPathOrQueryAreRefused() {
        assertThatThrownBy(() -> StoryId.of("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryId.of("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryId.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
        assertThat(StoryId.of("urn:newsml:example.org:2026:story.1").value())
                .isEqualTo("urn:newsml:example.org:2026:story.1");
    }
}
