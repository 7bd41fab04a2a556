package news.wireline.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How and when a story version may reach readers, as its desk said.
 *
 * @param status         {@link Status#WITHDRAWN} for a kill: the story leaves every feed
 * @param urgency        1 (flash) to 9 (lowest), as in IPTC ninjs; feeds may show the most urgent first
 * @param embargoedUntil readers see the story from this instant, not before; absent when not embargoed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Release(Status status, int urgency, @Nullable Instant embargoedUntil) {

    public static final int DEFAULT_URGENCY = 5;

    public Release {
        if (status == null) {
            throw new IllegalArgumentException("release status is required");
        }
        if (urgency < 1 || urgency > 9) {
            throw new IllegalArgumentException("urgency must be 1 to 9, got " + urgency);
        }
    }

    public static Release usable() {
        return new Release(Status.USABLE, DEFAULT_URGENCY, null);
    }

    public static Release withdrawn() {
        return new Release(Status.WITHDRAWN, DEFAULT_URGENCY, null);
    }

    @JsonIgnore
    public boolean isWithdrawn() {
        return status == Status.WITHDRAWN;
    }

    /** Whether readers may see the story at {@code now}. */
    public boolean isReleasedAt(Instant now) {
        return status == Status.USABLE && (embargoedUntil == null || !now.isBefore(embargoedUntil));
    }

    public enum Status {
        USABLE,
        WITHDRAWN
    }
}
