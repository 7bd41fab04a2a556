package news.wireline.enrich.related;

import news.wireline.events.RelatedLink;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;
import news.wireline.events.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedStoriesTest {

    final RelatedStories related = new RelatedStories(new RelatedSettings(2, 2));

    @Test
    void storiesSharingEnoughEntitiesAreLinkedWithTheSharedNames() {
        related.remember(enriched("strike", 1, place("Rotterdam"), org("FNV Havens"), person("Pieter Jansen")));

        List<RelatedLink> links = related.relatedTo(StoryId.of("talks"), List.of(place("Rotterdam"), org("FNV Havens"), place("Hamburg")));

        assertThat(links).hasSize(1);
        assertThat(links.get(0).id()).isEqualTo(StoryId.of("strike"));
        assertThat(links.get(0).headline()).isEqualTo("Headline of strike");
        assertThat(links.get(0).sharedTags()).containsExactly("FNV Havens", "Rotterdam");
        assertThat(links.get(0).score()).isEqualTo(0.5);
    }

    @Test
    void oneSharedEntityIsNotEnough() {
        related.remember(enriched("strike", 1, place("Rotterdam"), org("FNV Havens")));

        assertThat(related.relatedTo(StoryId.of("other"), List.of(place("Rotterdam"), place("Lisbon")))).isEmpty();
    }

    @Test
    void storyIsNeverRelatedToItself() {
        related.remember(enriched("strike", 1, place("Rotterdam"), org("FNV Havens")));

        assertThat(related.relatedTo(StoryId.of("strike"), List.of(place("Rotterdam"), org("FNV Havens")))).isEmpty();
    }

    @Test
    void keywordsAndSubjectsDoNotLinkStories() {
        related.remember(enriched("a", 1, new Tag("strike", TagType.KEYWORD, 0.5, 3), new Tag("labour", TagType.SUBJECT, 0.5, 1)));

        assertThat(related.relatedTo(StoryId.of("b"), List.of(new Tag("strike", TagType.KEYWORD, 0.5, 3),
                new Tag("labour", TagType.SUBJECT, 0.5, 1)))).isEmpty();
    }

    @Test
    void correctionReplacesTheTagsAStoryIsLinkedBy() {
        related.remember(enriched("strike", 1, place("Rotterdam"), org("FNV Havens")));
        related.remember(enriched("strike", 2, place("Lisbon"), org("Port of Lisbon")));

        assertThat(related.relatedTo(StoryId.of("talks"), List.of(place("Rotterdam"), org("FNV Havens")))).isEmpty();
    }

    @Test
    void olderVersionReplayedLateDoesNotReplaceNewerTags() {
        related.remember(enriched("strike", 2, place("Lisbon"), org("Port of Lisbon")));
        related.remember(enriched("strike", 1, place("Rotterdam"), org("FNV Havens")));

        assertThat(related.relatedTo(StoryId.of("talks"), List.of(place("Lisbon"), org("Port of Lisbon")))).hasSize(1);
    }

    @Test
    void strongestLinksComeFirstUpToTheLimit() {
        related.remember(enriched("weak", 1, place("Rotterdam"), org("FNV Havens"), place("Oslo"), place("Bergen")));
        related.remember(enriched("strong", 1, place("Rotterdam"), org("FNV Havens")));
        related.remember(enriched("middle", 1, place("Rotterdam"), org("FNV Havens"), place("Oslo")));

        List<RelatedLink> links = related.relatedTo(StoryId.of("new"), List.of(place("Rotterdam"), org("FNV Havens")));

        assertThat(links).extracting(link -> link.id().value()).containsExactly("strong", "middle");
    }

    private static Tag place(String name) {
        return new Tag(name, TagType.PLACE, 0.9, 1);
    }

    private static Tag org(String name) {
        return new Tag(name, TagType.ORGANISATION, 0.9, 1);
    }

    private static Tag person(String name) {
        return new Tag(name, TagType.PERSON, 0.9, 1);
    }

    private static StoryEnriched enriched(String id, int version, Tag... tags) {
        Story story = new Story("Headline of " + id, null, null, List.of(), List.of("Body."), List.of(), null, null);
        return new StoryEnriched(StoryEnriched.SCHEMA_VERSION, StoryId.of(id), version, "desk", "hash", Release.usable(), story,
                List.of(tags), List.of(), Timeline.receivedAt(Instant.EPOCH));
    }
}
