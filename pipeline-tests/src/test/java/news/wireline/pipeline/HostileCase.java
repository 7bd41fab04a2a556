package news.wireline.pipeline;

import java.util.Map;
import java.util.Set;
import news.wireline.events.Headers;
import news.wireline.events.StoryId;

/**
 * One piece of hostile input and what the pipeline must do with it.
 *
 * @param name        unique and readable, e.g. {@code sql/ninjs/headline/3}
 * @param category    the kind of attack, for the counts
 * @param door        how it is sent: HTTP {@code POST /stories} or a record on the raw topic
 * @param storyId     sent as {@code X-Wireline-Story-Id} or as the record key; null to let ingest derive it
 * @param headers     further HTTP or record headers
 * @param expected    refused with one of {@link Expected#codes}, or accepted and then checked where it is shown
 */
record HostileCase(
        String name,
        String category,
        Door door,
        byte[] body,
        String contentType,
        String storyId,
        Map<String, String> headers,
        Expected expected) {

    /** The desks the hostile tests send as: the HTTP desk's key, and the raw topic's default when no header names one. */
    static final String HTTP_DESK = "test-desk";

    static final String RAW_DEFAULT_DESK = "kafka";

    /**
     * The id ingest gives this case once accepted: its given id in the sending desk's namespace,
     * or hashed in that namespace when the two would not fit in an id together; null when there is
     * none to expect.
     */
    String wirelineId() {
        if (storyId == null) {
            return null;
        }
        String desk = door == Door.HTTP ? HTTP_DESK : headers.getOrDefault(Headers.DESK, RAW_DEFAULT_DESK);
        if (!desk.matches("[a-z0-9._-]{1,64}")) {
            return null; // refused for its desk header, so it never gets an id
        }
        if (storyId.startsWith(desk + StoryId.NAMESPACE_SEPARATOR)) {
            return storyId;
        }
        String qualified = desk + StoryId.NAMESPACE_SEPARATOR + storyId;
        return qualified.length() <= StoryId.MAX_LENGTH
                ? qualified
                : StoryId.derive(desk, storyId).value();
    }

    enum Door {
        HTTP,
        KAFKA
    }

    /**
     * Either a refusal with one of {@code codes}, or acceptance; an accepted story must keep
     * {@code verbatim} (field name to text) exactly as sent in what the feed stores.
     */
    record Expected(boolean accepts, Set<String> codes, Map<String, String> verbatim) {

        static Expected rejected(String... codes) {
            return new Expected(false, Set.of(codes), Map.of());
        }

        static Expected accepted() {
            return new Expected(true, Set.of(), Map.of());
        }

        static Expected acceptedKeeping(String field, String text) {
            return new Expected(true, Set.of(), Map.of(field, text));
        }

        @Override
        public String toString() {
            return accepts
                    ? "accepted" + (verbatim.isEmpty() ? "" : " keeping " + verbatim.keySet())
                    : "rejected " + codes;
        }
    }
}
