package news.wireline.kafka;

import java.util.Locale;

/** How handling or writing a record ended: the {@code outcome} tag of the stage metrics, in lower case. */
public enum StageOutcome {
    SUCCESS,
    FAILURE;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
