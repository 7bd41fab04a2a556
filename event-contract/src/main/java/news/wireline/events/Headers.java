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

    private Headers() {}
}
