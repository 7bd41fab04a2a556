package news.wireline.events;

import java.net.URI;
import java.time.Instant;
import news.wireline.events.Topics.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents attributes of a pipeline event, named once: what each header in
 * {@link Headers} ({@code ce_*}) carries on the ingested, enriched and published topics.
 * One type per stage event and one per change a consumer acts on.
 */
public final class EventAttributes {

    public static final String SPEC_VERSION = "1.0";
    public static final String INGESTED = "news.wireline.story.ingested";
    public static final String ENRICHED = "news.wireline.story.enriched";
    public static final String PUBLISHED = "news.wireline.story.published";
    public static final String UPDATED = "news.wireline.story.updated";
    public static final String WITHDRAWN = "news.wireline.story.withdrawn";

    private static final String SCHEMA_BASE = "https://wireline.news/schema/";

    private EventAttributes() {}

    /** Whether {@code value} is one of the events that carry CloudEvents attributes. */
    public static boolean isEvent(Object value) {
        return value instanceof StoryIngested || value instanceof StoryEnriched || value instanceof StoryPublished;
    }

    public static String type(Object event) {
        if (event instanceof StoryPublished published) {
            return switch (published.change()) {
                case PUBLISHED -> PUBLISHED;
                case UPDATED -> UPDATED;
                case WITHDRAWN -> WITHDRAWN;
            };
        }
        if (event instanceof StoryEnriched) {
            return ENRICHED;
        }
        ingested(event);
        return INGESTED;
    }

    /**
     * The stage's own time in the event's timeline: when the occurrence the event reports happened,
     * or null when the event does not carry it.
     */
    public static @Nullable Instant time(Object event) {
        if (event instanceof StoryPublished published) {
            return published.timeline().published();
        }
        if (event instanceof StoryEnriched enriched) {
            return enriched.timeline().enriched();
        }
        return ingested(event).timeline().ingested();
    }

    private static StoryIngested ingested(Object event) {
        if (event instanceof StoryIngested ingested) {
            return ingested;
        }
        throw new IllegalArgumentException(
                "not a story event: " + event.getClass().getName());
    }

    /** The service that writes the topic, as a URI reference. */
    public static URI source(Topic<?> topic) {
        return URI.create("/wireline/" + topic.writer());
    }

    /** The {@code $id} of the topic's event schema, under {@code event-contract/src/main/resources/schema/}. */
    public static URI dataSchema(Topic<?> topic) {
        return URI.create(SCHEMA_BASE + topic.valueType().getSimpleName() + ".schema.json");
    }
}
