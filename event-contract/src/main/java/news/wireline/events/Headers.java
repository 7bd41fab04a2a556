package news.wireline.events;

/** Record headers every stage reads or writes. Values are UTF-8 strings. */
public final class Headers {

    /** MIME type of a raw story: {@code text/plain} or {@code application/json}. */
    public static final String CONTENT_TYPE = "content-type";
    /** The wire desk that sent the story. */
    public static final String DESK = "wireline-desk";
    /** Set once at ingest and copied by every stage, so one story can be followed through the logs. */
    public static final String TRACE_ID = "wireline-trace-id";
    /** Machine-readable reason a record was dead-lettered, one of {@link RejectCode}. */
    public static final String REJECT_CODE = "wireline-reject-code";
    /** Human-readable reason a record was dead-lettered. */
    public static final String REJECT_MESSAGE = "wireline-reject-message";
    /** The field at fault, when one is. */
    public static final String REJECT_FIELD = "wireline-reject-field";
    /**
     * On published records: the feed store and outbox entry the event was sent from, as
     * {@code <store id>:<entry>}, so a relay that crashed after sending recognises its own event
     * and does not send it again.
     */
    public static final String OUTBOX_ENTRY = "wireline-outbox-entry";
    /** W3C trace context: the trace a record belongs to, continued by whoever handles it. */
    public static final String TRACEPARENT = "traceparent";

    // CloudEvents 1.0, Kafka protocol binding, binary mode: the event's attributes ride as ce_
    // headers beside the unchanged JSON value, so consumers on a CloudEvents SDK read it as one.
    // The values each topic carries are in EventAttributes and docs/events.md.

    public static final String CE_SPECVERSION = "ce_specversion";
    /** Unique per event; a consumer that saw an event's id before has seen that event. */
    public static final String CE_ID = "ce_id";

    public static final String CE_SOURCE = "ce_source";
    public static final String CE_TYPE = "ce_type";
    /** The story id. */
    public static final String CE_SUBJECT = "ce_subject";
    /** When it happened (the stage's time in the event's timeline), RFC 3339. */
    public static final String CE_TIME = "ce_time";

    public static final String CE_DATASCHEMA = "ce_dataschema";

    private Headers() {}
}
