package news.wireline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A story that passed parsing at one of ingest's doors, handed to the owner of its partition to be
 * versioned. Only ingest writes and reads these: the door that sent it waits for the
 * {@link IntakeDecision} with the same {@code requestId}.
 *
 * @param requestId        chosen by the door, unique per attempt; the decision names it
 * @param desk             the desk that sent the copy
 * @param contentHash      SHA-256 of what was parsed, in hex
 * @param requestedVersion the desk's own version number, absent when it gave none
 * @param received         when the door took the copy in
 * @param traceId          the trace the story travels in, copied to the ingested event's headers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeRequest(
        int schemaVersion,
        String requestId,
        StoryId id,
        String desk,
        String contentHash,
        @Nullable Integer requestedVersion,
        Release release,
        Story story,
        Instant received,
        @Nullable String traceId) {

    public static final int SCHEMA_VERSION = 1;
}
