package news.wireline.events;

import java.util.List;

/**
 * Every topic of the pipeline, named once. Records on all of them are keyed by {@link StoryId}.
 * The {@code *_NAME} constants exist for annotations, which need compile-time strings.
 */
public final class Topics {

    public static final String RAW_NAME = "wireline.stories.raw";
    public static final String INGESTED_NAME = "wireline.stories.ingested";
    public static final String ENRICHED_NAME = "wireline.stories.enriched";
    public static final String PUBLISHED_NAME = "wireline.stories.published";
    public static final String DEAD_LETTER_NAME = "wireline.stories.dead-letter";
    public static final String INTAKE_NAME = "wireline.stories.intake";
    public static final String INTAKE_DECISIONS_NAME = "wireline.stories.intake-decisions";
    public static final String CURRENT_NAME = "wireline.stories.current";

    /** Wire copy as desks send it: plain text or JSON bytes, described by the content-type header. */
    public static final Topic<byte[]> RAW = new Topic<>(RAW_NAME, byte[].class, "wire desks");

    public static final Topic<StoryIngested> INGESTED =
            new Topic<>(INGESTED_NAME, StoryIngested.class, "ingest-service");
    public static final Topic<StoryEnriched> ENRICHED =
            new Topic<>(ENRICHED_NAME, StoryEnriched.class, "enrich-service");
    public static final Topic<StoryPublished> PUBLISHED =
            new Topic<>(PUBLISHED_NAME, StoryPublished.class, "publish-service");
    /** The record that could not be processed, as it was, with the reason in {@link Headers}. */
    public static final Topic<byte[]> DEAD_LETTER = new Topic<>(DEAD_LETTER_NAME, byte[].class, "any service");

    /**
     * Parsed copy on its way from whichever ingest instance took it to the one that owns its
     * story's partition; created with the ingested topic's partition count, so the two are
     * co-partitioned.
     */
    public static final Topic<IntakeRequest> INTAKE = new Topic<>(INTAKE_NAME, IntakeRequest.class, "ingest-service");
    /** Each intake request's decision, read by every ingest instance for the requests it is waiting on. */
    public static final Topic<IntakeDecision> INTAKE_DECISIONS =
            new Topic<>(INTAKE_DECISIONS_NAME, IntakeDecision.class, "ingest-service");

    /**
     * Compacted: each story's latest visible version as its published event, or a tombstone once it
     * is killed, so a new consumer starts from every live story without reading the whole history.
     */
    public static final Topic<StoryPublished> CURRENT =
            new Topic<>(CURRENT_NAME, StoryPublished.class, "publish-service");

    public static final List<Topic<?>> ALL =
            List.of(RAW, INGESTED, ENRICHED, PUBLISHED, DEAD_LETTER, CURRENT, INTAKE, INTAKE_DECISIONS);

    private Topics() {}

    /** A topic with the type of its values and the one service allowed to write it. */
    public record Topic<V>(String name, Class<V> valueType, String writer) {}
}
