package news.wireline.ingest.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The first 8 bytes of a version's SHA-256 content hash, which is all the ledger keeps of it.
 * Among the versions of one story, two different contents share a fingerprint with odds of about
 * n²/2⁶⁵ (10⁻¹⁶ for a story of 100 versions); the price of a clash is only that the later copy is
 * taken for a re-send of the earlier one. A desk could search out such a pair on purpose (2³²
 * tries), but only for its own story, since no other desk may send versions of it.
 */
final class Fingerprint {

    private static final int HEX_DIGITS = 16;

    private Fingerprint() {}

    static long of(String contentHash) {
        if (contentHash.length() >= HEX_DIGITS
                && contentHash.chars().limit(HEX_DIGITS).allMatch(HexFormat::isHexDigit)) {
            return Long.parseUnsignedLong(contentHash, 0, HEX_DIGITS, 16);
        }
        // Events written by hand (tests, replays) may carry any string; hashed, so it still spreads.
        return ByteBuffer.wrap(sha256(contentHash)).getLong();
    }

    /** As an event names it, 16 hex digits; {@link #of} reads it back to the same fingerprint. */
    static String hex(long fingerprint) {
        return HexFormat.of().toHexDigits(fingerprint);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
