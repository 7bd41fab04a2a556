package news.wireline.publish.store;

import static news.wireline.publish.Stories.NOON;
import static news.wireline.publish.Stories.place;
import static news.wireline.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.publish.Stories;
import org.junit.jupiter.api.Test;

class FeedReaderTest extends StoreTest {

    @Test
    void feedPagesNewestFirstWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            store.writer().store(story("s" + i, "Story " + i).enriched(), null, NOON.plusSeconds(i));
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        FeedQuery query = FeedQuery.newest(2);
        StoryPage<StoredStory> page;
        do {
            page = store.reader().page(query);
            page.stories().forEach(stored -> seen.add(stored.story().story().headline()));
            pageSizes.add(page.stories().size());
            query = new FeedQuery(null, null, null, null, page.next(), 2);
        } while (page.next() != null);

        assertThat(seen).containsExactly("Story 4", "Story 3", "Story 2", "Story 1", "Story 0");
        assertThat(pageSizes).containsExactly(2, 2, 1);
    }

    @Test
    void storiesPublishedInTheSameMicrosecondPageByIdWithoutLosingAny() {
        for (String id : List.of("b", "d", "a", "c")) {
            store.writer()
                    .store(story(id, "Story " + id).tags(place("Rotterdam")).enriched(), null, NOON);
        }

        StoryPage<StoredStory> first = store.reader().page(FeedQuery.newest(3).withTag("rotterdam"));
        StoryPage<StoredStory> second =
                store.reader().page(new FeedQuery("rotterdam", null, null, null, first.next(), 3));

        assertThat(ids(first)).containsExactly("d", "c", "b");
        assertThat(ids(second)).containsExactly("a");
        assertThat(second.next()).isNull();
    }

    @Test
    void tagSectionSinceAndUrgencyNarrowTheFeed() {
        store.writer()
                .store(
                        story("a", "Flash in Rotterdam")
                                .tags(place("Rotterdam"))
                                .section("Business")
                                .urgency(1)
                                .enriched(),
                        null,
                        NOON);
        store.writer()
                .store(
                        story("b", "Later in Rotterdam")
                                .tags(place("Rotterdam"))
                                .section("World")
                                .enriched(),
                        null,
                        NOON.plusSeconds(60));
        store.writer()
                .store(
                        story("c", "Antwerp business")
                                .tags(place("Antwerp"))
                                .section("business")
                                .enriched(),
                        null,
                        NOON.plusSeconds(120));

        assertThat(ids(store.reader().page(FeedQuery.newest(10)))).containsExactly("c", "b", "a");
        assertThat(ids(store.reader().page(FeedQuery.newest(10).withTag("ROTTERDAM"))))
                .containsExactly("b", "a");
        assertThat(ids(store.reader().page(new FeedQuery(null, "BUSINESS", null, null, null, 10))))
                .containsExactly("c", "a");
        assertThat(ids(store.reader().page(new FeedQuery("Rotterdam", "business", null, null, null, 10))))
                .containsExactly("a");
        assertThat(ids(store.reader().page(new FeedQuery(null, null, NOON.plusSeconds(60), null, null, 10))))
                .containsExactly("c", "b");
        assertThat(ids(store.reader().page(new FeedQuery(null, null, null, 2, null, 10))))
                .containsExactly("a");
        assertThat(store.reader().page(FeedQuery.newest(10).withTag("Vilnius")).stories())
                .isEmpty();
    }

    @Test
    void relatedLinksLeadOnlyToLiveStoriesWithTheirCurrentHeadlines() {
        Stories strike = story("strike", "Port strike begins");
        Stories secret = story("secret", "Embargoed results").embargoedUntil(NOON.plusSeconds(3600));
        store.writer().store(strike.enriched(), null, NOON);
        store.writer().store(secret.enriched(), null, NOON);
        store.writer()
                .store(strike.version(2).headline("Port strike begins at dawn").enriched(), null, NOON.plusSeconds(1));
        store.writer()
                .store(
                        story("talks", "Talks open")
                                .relatedTo("strike", "Port strike begins")
                                .enriched(),
                        null,
                        NOON.plusSeconds(2));
        store.writer()
                .store(
                        story("more", "More talks")
                                .relatedTo("secret", "Embargoed results")
                                .enriched(),
                        null,
                        NOON.plusSeconds(3));

        StoredStory talks = store.reader().find(StoryId.of("talks")).orElseThrow();
        assertThat(talks.related())
                .extracting(LiveLink::id, LiveLink::headline)
                .containsExactly(tuple(StoryId.of("strike"), "Port strike begins at dawn"));
        assertThat(talks.related().get(0).sharedTags()).containsExactly("Rotterdam", "Ana Ruiz");
        assertThat(store.reader().find(StoryId.of("more")).orElseThrow().related())
                .isEmpty();

        store.writer().store(strike.version(2).killed().enriched(), null, NOON.plusSeconds(4));
        assertThat(store.reader().page(FeedQuery.newest(10)).stories())
                .allSatisfy(stored -> assertThat(stored.related()).isEmpty());
    }

    @Test
    void aListingShowsTheFirstParagraphAndTheTenBestTagsOfEachStoryOnTheSamePagesAsTheWholeStories() {
        Tag[] tags = new Tag[12];
        for (int n = 0; n < tags.length; n++) {
            tags[n] = place("Port " + n);
        }
        store.writer()
                .store(
                        story("a", "Dredging starts")
                                .body("The dredgers arrived at dawn.", "Work lasts a year.")
                                .enriched(),
                        null,
                        NOON);
        store.writer()
                .store(
                        story("b", "Ferry resumes")
                                .tags(tags)
                                .section("Travel")
                                .urgency(2)
                                .enriched(),
                        null,
                        NOON.plusSeconds(1));
        store.writer()
                .store(
                        story("c", "Quay closes")
                                .relatedTo("a", "Dredging starts")
                                .enriched(),
                        null,
                        NOON.plusSeconds(2));

        StoryPage<ListedStory> first = store.reader().listing(FeedQuery.newest(2));
        StoryPage<ListedStory> second = store.reader().listing(new FeedQuery(null, null, null, null, first.next(), 2));

        assertThat(first.stories()).extracting(ListedStory::id).containsExactly(StoryId.of("c"), StoryId.of("b"));
        assertThat(first.next())
                .isEqualTo(store.reader().page(FeedQuery.newest(2)).next());
        assertThat(second.stories()).extracting(ListedStory::id).containsExactly(StoryId.of("a"));
        ListedStory ferry = first.stories().get(1);
        assertThat(ferry.bestTags().tags()).containsExactly(Arrays.copyOf(tags, ListedStory.BEST_TAGS));
        assertThat(ferry)
                .extracting(ListedStory::headline, ListedStory::section, ListedStory::urgency, ListedStory::publishedAt)
                .containsExactly("Ferry resumes", "Travel", 2, NOON.plusSeconds(1));
        assertThat(second.stories().get(0).summary()).isEqualTo("The dredgers arrived at dawn.");
        assertThat(first.stories().get(0).related())
                .extracting(LiveLink::headline)
                .containsExactly("Dredging starts");
    }

    @Test
    void aTagIsNamedAsItsNewestLiveStorySpellsItAndUnknownWhenNoneIsLive() {
        store.writer().store(story("a", "First").tags(place("Den Haag")).enriched(), null, NOON);
        store.writer().store(story("b", "Second").tags(place("den haag")).enriched(), null, NOON.plusSeconds(1));

        assertThat(store.reader().tagName("DEN HAAG")).contains("den haag");

        store.writer().store(story("b", "Second").version(1).killed().enriched(), null, NOON.plusSeconds(2));
        assertThat(store.reader().tagName("den haag")).contains("Den Haag");
        store.writer().store(story("a", "First").version(1).killed().enriched(), null, NOON.plusSeconds(3));
        assertThat(store.reader().tagName("den haag")).isEmpty();
    }

    private static List<String> ids(StoryPage<StoredStory> page) {
        return page.stories().stream()
                .map(stored -> stored.story().id().value())
                .toList();
    }
}
