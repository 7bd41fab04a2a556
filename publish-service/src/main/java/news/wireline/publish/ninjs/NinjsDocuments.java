package news.wireline.publish.ninjs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.wireline.events.RelatedLink;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.ninjs.Ninjs.AltId;
import news.wireline.publish.ninjs.Ninjs.Association;
import news.wireline.publish.ninjs.Ninjs.Named;
import news.wireline.publish.ninjs.Ninjs.Subject;
import news.wireline.publish.ninjs.Ninjs.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a story version as ninjs. The item's {@code uri} is the story's, the same for every
 * version, and {@code version} tells them apart. Enrichment's tags become subjects (IPTC Media
 * Topics, with their concept URIs), people, places and organisations; keywords have no place in
 * ninjs 3.1 and are left out. Images, which Wireline knows by caption and credit only, are
 * associations named within the version; related stories are associations to their own items.
 */
@Component
class NinjsDocuments {

    static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    /** Enrichment names a subject "medtop:<code> <label>" (docs/enrichment.md). */
    private static final Pattern MEDIA_TOPIC = Pattern.compile("medtop:(\\d{8}) (.+)");

    private final PublishSettings settings;

    NinjsDocuments(PublishSettings settings) {
        this.settings = settings;
    }

    Ninjs usable(StoryEnriched enriched, List<RelatedLink> related, Instant versionCreated) {
        Story story = enriched.story();
        String id = enriched.id().value();
        return new Ninjs(
                settings.storyUrl(id),
                "text",
                String.valueOf(enriched.version()),
                versionCreated,
                "usable",
                enriched.release().urgency(),
                story.language(),
                List.of(new AltId("wireline-id", id)),
                by(story.byline()),
                List.of(Text.plain("main", story.headline())),
                story.body().isEmpty() ? List.of() : List.of(Text.plain("main", String.join("\n\n", story.body()))),
                enriched.tags().stream()
                        .filter(tag -> tag.type() == Tag.TagType.SUBJECT)
                        .map(NinjsDocuments::subject)
                        .toList(),
                named(enriched.tags(), Tag.TagType.PERSON),
                named(enriched.tags(), Tag.TagType.PLACE),
                named(enriched.tags(), Tag.TagType.ORGANISATION),
                associations(enriched, related));
    }

    /** What a killed story still says of itself: that this version of it is canceled. */
    Ninjs canceled(String id, int version, @Nullable Instant versionCreated) {
        return new Ninjs(
                settings.storyUrl(id),
                "text",
                String.valueOf(version),
                versionCreated,
                "canceled",
                null,
                null,
                List.of(new AltId("wireline-id", id)),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static Subject subject(Tag tag) {
        Integer confidence = (int) Math.round(tag.confidence() * 100);
        Matcher topic = MEDIA_TOPIC.matcher(tag.name());
        if (!topic.matches()) {
            return new Subject(tag.name(), "about", null, null, confidence);
        }
        return new Subject(
                topic.group(2), "about", MEDIA_TOPIC_URI + topic.group(1), "medtop:" + topic.group(1), confidence);
    }

    private static List<Named> named(List<Tag> tags, Tag.TagType type) {
        return tags.stream()
                .filter(tag -> tag.type() == type)
                .map(tag -> new Named(tag.name(), "mentions"))
                .toList();
    }

    private static @Nullable String by(Story.@Nullable Byline byline) {
        if (byline == null) {
            return null;
        }
        return byline.authors().isEmpty() ? byline.desk() : String.join(", ", byline.authors());
    }

    private List<Association> associations(StoryEnriched enriched, List<RelatedLink> related) {
        List<Association> associations = new ArrayList<>();
        List<Story.Image> images = enriched.story().images();
        String versionUrl = settings.versionUrl(enriched.id().value(), enriched.version());
        for (int i = 0; i < images.size(); i++) {
            Story.Image image = images.get(i);
            associations.add(new Association(
                    "image-" + (i + 1),
                    "image",
                    versionUrl + "#image-" + (i + 1),
                    "picture",
                    image.credit(),
                    List.of(),
                    image.caption() == null ? List.of() : List.of(Text.plain("caption", image.caption()))));
        }
        for (int i = 0; i < related.size(); i++) {
            RelatedLink link = related.get(i);
            associations.add(new Association(
                    "related-" + (i + 1),
                    "related",
                    settings.storyUrl(link.id().value()),
                    "text",
                    null,
                    List.of(Text.plain("main", link.headline())),
                    List.of()));
        }
        return associations;
    }
}
