package news.wireline.local;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A settings record as a service gets it: bound by Spring Boot from its {@code @DefaultValue}s,
 * with the properties a test names set by name ({@code "max-links=3"}), not by position, so a
 * test reads what it changes and a new setting leaves it alone.
 */
public final class BoundSettings {

    private static final String PREFIX = "settings";

    private BoundSettings() {}

    public static <T> T of(Class<T> type, String... properties) {
        Map<String, String> named = new LinkedHashMap<>();
        for (String property : properties) {
            int equals = property.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("expected name=value, got: " + property);
            }
            named.put(PREFIX + "." + property.substring(0, equals), property.substring(equals + 1));
        }
        return new Binder(new MapConfigurationPropertySource(named)).bindOrCreate(PREFIX, type);
    }
}
