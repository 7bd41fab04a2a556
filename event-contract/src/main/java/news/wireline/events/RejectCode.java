package news.wireline.events;

/** Why a story was refused; sent in HTTP answers and in the {@link Headers#REJECT_CODE} header. */
public enum RejectCode {
    EMPTY,
    TOO_LARGE,
    NOT_UTF8,
    UNSUPPORTED_CONTENT_TYPE,
    MALFORMED,
    MISSING_FIELD,
    INVALID_FIELD,
    UNREADABLE_EVENT,
    PROCESSING_FAILED
}
