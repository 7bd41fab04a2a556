package news.wireline.ingest.access;

import java.util.regex.Pattern;

/**
 * What a desk may be called. The name is stamped on every story, hashed into derived story ids
 * and carried in a header through every stage, so it is kept short and plain: 1-64 of lower-case
 * letters, digits, '.', '_' and '-'.
 */
public final class DeskNames {

    public static final int MAX_LENGTH = 64;
    public static final String RULE = "1-64 lower-case letters, digits, '.', '_' or '-'";
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private DeskNames() {}

    public static boolean isValid(String name) {
        return name != null
                && name.length() <= MAX_LENGTH
                && SHAPE.matcher(name).matches();
    }

    /** For names from configuration: a bad one stops the service at start, not a story later. */
    public static String require(String name, String setting) {
        if (!isValid(name)) {
            throw new IllegalArgumentException(
                    "%s must be a desk name of %s, but is '%s'".formatted(setting, RULE, name));
        }
        return name;
    }
}
