package news.wireline.ingest.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Tells which desk an API key belongs to. */
@Component
public class DeskKeys {

    private static final String BEARER = "Bearer ";

    private final Map<String, String> deskByKeyHash;

    DeskKeys(DeskAccessSettings settings) {
        this.deskByKeyHash = settings.desks().stream()
                .collect(Collectors.toUnmodifiableMap(
                        desk -> desk.keySha256().toLowerCase(Locale.ROOT), DeskAccessSettings.Desk::name));
    }

    /** The desk whose key is in this {@code Authorization: Bearer <key>} header, if any. */
    public Optional<String> deskFor(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(deskByKeyHash.get(
                sha256(authorization.substring(BEARER.length()).strip())));
    }

    /** Hashes a key the way keys are configured; ops use it (or sha256sum) to enrol a desk. */
    public static String sha256(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
