package news.wireline.events;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story that cannot be accepted, with the reason a desk can act on. Never retried: the same
 * input fails the same way, so it goes straight to an HTTP 4xx or the dead-letter topic.
 */
public class StoryRejectedException extends RuntimeException {

    private final RejectCode code;
    private final @Nullable String field;

    public StoryRejectedException(RejectCode code, @Nullable String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public StoryRejectedException(RejectCode code, String message) {
        this(code, null, message);
    }

    /** The reason, a sentence for a person: every rejection gives one, so it is never null. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "every constructor takes a message");
    }

    public RejectCode code() {
        return code;
    }

    /** The field at fault, or null when the input as a whole is. */
    public @Nullable String field() {
        return field;
    }
}
