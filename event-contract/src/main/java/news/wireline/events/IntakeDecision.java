package news.wireline.events;

/**
 * What the owner of a story's partition made of one {@link IntakeRequest}, written in the same
 * transaction as the ingested event it caused (if any), so a door that reads it committed knows
 * the event is committed too.
 *
 * @param version for {@link Outcome#NEW} the version emitted, for DUPLICATE the one it repeats,
 *                for KILLED the kill's, otherwise the story's current one
 * @param owner   the desk that owns the story
 */
public record IntakeDecision(
        int schemaVersion, String requestId, StoryId id, Outcome outcome, int version, String owner) {

    public static final int SCHEMA_VERSION = 1;

    public enum Outcome {
        /** Emitted as this version. */
        NEW,
        /** This exact content is already one of the story's versions, the one named. */
        DUPLICATE,
        /** The requested version is not above the current one. */
        STALE,
        /** Another desk owns the story. */
        NOT_OWNER,
        /** The story is killed, and copy without a version above the kill may not bring it back. */
        KILLED
    }
}
