package news.wireline.publish.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.store.ListedStory;
import news.wireline.publish.store.LiveLink;
import news.wireline.publish.store.StoredStory;
import org.jspecify.annotations.Nullable;

/**
 * What the templates show, already in the words and forms a reader sees. Everything from a story
 * stays plain text here; the templates escape it (th:text only), so markup in copy shows as characters.
 */
final class PageModels {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** IPTC urgency 1 and 2 are the flash and the urgent: marked as such in lists. */
    private static final int MARKED_URGENCY = 2;

    private PageModels() {}

    record When(String iso, String label) {
        static @Nullable When of(@Nullable Instant instant) {
            return instant == null ? null : new When(instant.toString(), LABEL.format(instant));
        }
    }

    record Item(
            String id,
            String headline,
            @Nullable String section,
            @Nullable String summary,
            @Nullable When published,
            boolean urgent,
            List<String> tags) {
        static Item of(ListedStory listed) {
            return new Item(
                    listed.id().value(),
                    listed.headline(),
                    listed.section(),
                    listed.summary(),
                    When.of(listed.publishedAt()),
                    listed.urgency() <= MARKED_URGENCY,
                    listed.bestTags().tags().stream().map(Tag::name).toList());
        }
    }

    record Related(String id, String headline) {
        static Related of(LiveLink link) {
            return new Related(link.id().value(), link.headline());
        }
    }

    record Article(
            String id,
            String headline,
            @Nullable String section,
            @Nullable String byline,
            @Nullable When published,
            @Nullable When updated,
            boolean urgent,
            List<Story.Image> images,
            List<String> paragraphs,
            List<String> tags,
            List<Related> related) {
        static Article of(StoredStory stored) {
            StoryEnriched story = stored.story();
            boolean corrected = stored.updatedAt().isAfter(stored.publishedAt());
            return new Article(
                    story.id().value(),
                    story.story().headline(),
                    story.story().section(),
                    byline(story.story()),
                    When.of(stored.publishedAt()),
                    corrected ? When.of(stored.updatedAt()) : null,
                    story.release().urgency() <= MARKED_URGENCY,
                    story.story().images(),
                    story.story().body(),
                    story.tags().stream().map(Tag::name).toList(),
                    stored.related().stream().map(Related::of).toList());
        }

        private static @Nullable String byline(Story story) {
            if (story.byline() == null) {
                return null;
            }
            if (!story.byline().authors().isEmpty()) {
                return "By " + String.join(", ", story.byline().authors());
            }
            return story.byline().desk();
        }
    }
}
