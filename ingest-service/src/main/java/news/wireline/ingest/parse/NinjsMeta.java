package news.wireline.ingest.parse;

import java.time.Instant;
import news.wireline.events.Release;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a ninjs story says about itself besides its content: {@code uri}, {@code version},
 * {@code pubstatus}, {@code urgency} and {@code embargoed} (3.x: {@code pubStatus}).
 * {@code versioncreated} and {@code firstcreated} (3.x: {@code versionCreated},
 * {@code firstCreated}) are checked but not kept: Wireline times a story by when it arrived.
 *
 * <p>Version "0" is the desk's first version, as AP numbers it, and reads as version 1: Wireline
 * counts versions from 1 and the ledger keeps 0 for "none". A desk that counts every version from
 * 0 has each read as one more ({@code versionsFromZero}), so its "1" is its second version, not a
 * re-send of its first.
 */
record NinjsMeta(@Nullable String uri, @Nullable Integer version, Release release) {

    private static final String FIRST_VERSION_COUNTED_FROM_ZERO = "0";

    static NinjsMeta read(JsonNode root, boolean versionsFromZero) {
        String version = JsonFields.text(root, "version", "version");
        instant(root, "versioncreated", "versionCreated");
        instant(root, "firstcreated", "firstCreated");
        String pubstatus = JsonFields.ninjsText(root, "pubstatus", "pubStatus");
        Integer urgency = JsonFields.integer(root, "urgency", "urgency", 1, 9);
        Release release = new Release(
                pubstatus == null ? Release.Status.USABLE : FieldRules.status(pubstatus, statusField(root)),
                urgency == null ? Release.DEFAULT_URGENCY : urgency,
                instant(root, "embargoed", "embargoed"));
        return new NinjsMeta(JsonFields.text(root, "uri", "uri"), version(version, versionsFromZero), release);
    }

    private static @Nullable Integer version(@Nullable String version, boolean versionsFromZero) {
        if (version == null) {
            return null;
        }
        if (version.strip().equals(FIRST_VERSION_COUNTED_FROM_ZERO)) {
            return 1;
        }
        int sent = FieldRules.version(version, "version");
        return versionsFromZero ? sent + 1 : sent;
    }

    private static String statusField(JsonNode root) {
        return JsonFields.text(root, "pubstatus", "pubstatus") != null ? "pubstatus" : "pubStatus";
    }

    private static @Nullable Instant instant(JsonNode root, String lowerCase, String camelCase) {
        String text = JsonFields.ninjsText(root, lowerCase, camelCase);
        String field = JsonFields.text(root, lowerCase, lowerCase) != null ? lowerCase : camelCase;
        return text == null ? null : FieldRules.instant(text, field);
    }
}
