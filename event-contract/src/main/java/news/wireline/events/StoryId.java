package news.wireline.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A story's identity across every version of it; also the Kafka record key, so all versions of a
 * story land on one partition and stay in order.
 */
public record StoryId(String value) {

    /** Separates the desk from the desk's own id: {@code ap:story-1}. Desk names never hold one. */
    public static final char NAMESPACE_SEPARATOR = ':';

    /** The id is a Kafka key, a URL path segment and a primary key in publish. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public StoryId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("story id must be 1-128 of [A-Za-z0-9._:-], got: " + value);
        }
    }

    /** Whether {@code value} has the shape of a story id, so a caller can choose without catching a refusal. */
    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @JsonCreator
    public static StoryId of(String value) {
        return new StoryId(value);
    }

    /**
     * Derives the id a story gets when its desk sends none: the same desk re-sending the same
     * headline (case, spacing and punctuation aside) always gets the same id, in that desk's
     * namespace ({@code <desk>:wl-<hash>}).
     */
    public static StoryId derive(String desk, String headline) {
        String normalised = headline.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return new StoryId(desk + NAMESPACE_SEPARATOR + "wl-"
                + sha256(desk + "\n" + normalised).substring(0, 20));
    }

    /** The desk whose namespace this id is in: what comes before the first {@code :}, or null when there is none. */
    public @Nullable String namespace() {
        int separator = value.indexOf(NAMESPACE_SEPARATOR);
        return separator < 0 ? null : value.substring(0, separator);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
