package news.wireline.events;

/** Why a story was refused; sent in HTTP answers and in the {@link Headers#REJECT_CODE} header. */
public enum RejectCode {
    EMPTY,
    TOO_LARGE,
    NOT_UTF8,
    UNSUPPORTED_CONTENT_TYPE,
    /** A ninjs item that is not text (a picture, video, event...): Wireline publishes stories only. */
    UNSUPPORTED_ITEM_TYPE,
    MALFORMED,
    MISSING_FIELD,
    INVALID_FIELD,
    /** A version at or below the story's current one: it would undo a newer version. */
    STALE_VERSION,
    /** The story belongs to another desk, the one that first sent it: only that desk may version, correct or kill it. */
    NOT_OWNER,
    /** The story is killed and the copy names no version above the kill; it would bring the story back unasked. */
    KILLED,
    UNREADABLE_EVENT,
    PROCESSING_FAILED
}
