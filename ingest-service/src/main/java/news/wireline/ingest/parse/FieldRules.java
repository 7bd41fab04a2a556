package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.INVALID_FIELD;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import news.wireline.events.Release;
import news.wireline.events.StoryRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * Checks for the values ninjs and NewsML-G2 share (version, timestamps, publication status,
 * urgency, language), so a desk gets the same answer whichever format it sends. Each check names
 * the field in the sender's own format ("version", "newsItem@version").
 */
final class FieldRules {

    // Nine digits always fit an int, so a huge version is refused rather than overflowing.
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}");
    private static final Pattern URGENCY = Pattern.compile("[1-9]");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
    private static final int MAX_ECHOED_LENGTH = 40;
    // Stories are dated in this range. Far-future instants are where Java (years to a billion),
    // ISO-8601 text ("+10000-01-01") and PostgreSQL (to 294276 AD) part ways, so a year-9999 embargo
    // would be accepted here and fail in publish; it is a typo anyway.
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private FieldRules() {}

    /** A version number sent as text, as both ninjs and NewsML-G2 do; versions count from 1 to 999,999,999. */
    static int version(String text, String field) {
        String digits = text.strip();
        if (!VERSION.matcher(digits).matches() || Integer.parseInt(digits) < 1) {
            throw invalid(field, "a version number from 1 up, written in digits such as \"3\"", text);
        }
        return Integer.parseInt(digits);
    }

    /**
     * An ISO-8601 date-time with a UTC offset. Without the offset the instant is unknown, and an
     * embargo read in the wrong time zone would release a story hours early.
     */
    static Instant instant(String text, String field) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, "an ISO-8601 date-time with a UTC offset, such as \"2026-03-14T08:30:00Z\"", text);
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw invalid(field, "a date-time from 1970 up to the end of 2099", text);
        }
        return instant;
    }

    /** ninjs {@code pubstatus} and NewsML-G2 {@code pubStatus} share one vocabulary; canceled and withheld both kill. */
    static Release.Status status(String code, String field) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "usable" -> Release.Status.USABLE;
            case "canceled", "withheld" -> Release.Status.WITHDRAWN;
            default -> throw invalid(field, "one of usable, canceled or withheld", code);
        };
    }

    /** Urgency sent as text, as NewsML-G2 does; ninjs sends a JSON number, checked where it is read. */
    static int urgency(String text, String field) {
        String digit = text.strip();
        if (!URGENCY.matcher(digit).matches()) {
            throw invalid(field, "a whole number from 1 (most urgent) to 9", text);
        }
        return Integer.parseInt(digit);
    }

    /**
     * A BCP 47 language tag; null stays null. Form first, so what is no tag at all reads as invalid
     * whatever its length; the pattern has no nested repetition, so matching a long value is linear.
     */
    static @Nullable String language(@Nullable String tag, String field) {
        if (tag != null && !LANGUAGE_TAG.matcher(tag).matches()) {
            throw invalid(field, "a language tag such as \"en\" or \"uk-UA\"", tag);
        }
        FieldLimits.length(tag, FieldLimits.MAX_LANGUAGE, field, "The language tag");
        return tag;
    }

    /** A value sent, cut short enough to quote in a message and a record header. */
    static String echo(String value) {
        String shown = Lines.tidy(value);
        return shown.length() <= MAX_ECHOED_LENGTH ? shown : shown.substring(0, MAX_ECHOED_LENGTH) + "…";
    }

    private static StoryRejectedException invalid(String field, String expected, String actual) {
        return new StoryRejectedException(
                INVALID_FIELD, field, "Field '%s' must be %s, but is \"%s\".".formatted(field, expected, echo(actual)));
    }
}
