package news.wireline.publish;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.wireline.events.RelatedLink;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;
import news.wireline.events.Timeline;

/** Enriched stories for tests, built the way enrich-service sends them; change one part at a time with the with* methods. */
public record Stories(
        String id,
        int version,
        String headline,
        String section,
        List<String> body,
        List<Story.Image> images,
        List<String> authors,
        List<Tag> tags,
        List<RelatedLink> related,
        Release release) {

    public static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    public static Stories story(String id, String headline) {
        return new Stories(
                id,
                1,
                headline,
                "World",
                List.of("First paragraph of " + headline + ".", "Second paragraph."),
                List.of(new Story.Image("Cranes stand idle at the port", "Photo: Lotte Bakker / Harbour Pictures")),
                List.of("Ana Ruiz"),
                List.of(place("Rotterdam")),
                List.of(),
                Release.usable());
    }

    /** A story id no other test uses, so tests can share one database and one broker. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Tag place(String name) {
        return new Tag(name, Tag.TagType.PLACE, 0.9, 2);
    }

    public static Tag person(String name) {
        return new Tag(name, Tag.TagType.PERSON, 0.7, 1);
    }

    public Stories version(int next) {
        return new Stories(id, next, headline, section, body, images, authors, tags, related, release);
    }

    public Stories headline(String text) {
        return new Stories(id, version, text, section, body, images, authors, tags, related, release);
    }

    public Stories section(String name) {
        return new Stories(id, version, headline, name, body, images, authors, tags, related, release);
    }

    public Stories body(String... paragraphs) {
        return new Stories(
                id, version, headline, section, List.of(paragraphs), images, authors, tags, related, release);
    }

    public Stories tags(Tag... all) {
        return new Stories(id, version, headline, section, body, images, authors, List.of(all), related, release);
    }

    public Stories relatedTo(String otherId, String otherHeadline) {
        return new Stories(
                id,
                version,
                headline,
                section,
                body,
                images,
                authors,
                tags,
                List.of(new RelatedLink(StoryId.of(otherId), otherHeadline, 0.5, List.of("Rotterdam", "Ana Ruiz"))),
                release);
    }

    public Stories urgency(int urgency) {
        return new Stories(
                id,
                version,
                headline,
                section,
                body,
                images,
                authors,
                tags,
                related,
                new Release(release.status(), urgency, release.embargoedUntil()));
    }

    public Stories embargoedUntil(Instant until) {
        return new Stories(
                id,
                version,
                headline,
                section,
                body,
                images,
                authors,
                tags,
                related,
                new Release(Release.Status.USABLE, release.urgency(), until));
    }

    /** A kill as ingest sends one: the next version, withdrawn, with the desk's kill notice as its only content. */
    public Stories killed() {
        return new Stories(
                id,
                version + 1,
                "KILL " + headline,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Release.withdrawn());
    }

    public StoryEnriched enriched() {
        Story story = new Story(headline, section, 2, images, body, List.of(), new Story.Byline(authors, null), "en");
        return new StoryEnriched(
                StoryEnriched.SCHEMA_VERSION,
                StoryId.of(id),
                version,
                "test-desk",
                "hash-" + version + "-" + headline.hashCode(),
                release,
                story,
                tags,
                related,
                Timeline.receivedAt(NOON).ingestedAt(NOON).enrichedAt(NOON));
    }
}
