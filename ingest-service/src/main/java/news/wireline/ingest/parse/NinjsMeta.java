package news.wireline.ingest.parse;

import java.time.Instant;
import news.wireline.events.Release;
import tools.jackson.databind.JsonNode;

/**
 * What a ninjs 2.x story says about itself besides its content: {@code uri}, {@code version},
 * {@code pubstatus}, {@code urgency} and {@code embargoed}. {@code versioncreated} and
 * {@code firstcreated} are checked but not kept: Wireline times a story by when it arrived.
 */
record NinjsMeta(String uri, Integer version, Release release) {

    static NinjsMeta read(JsonNode root) {
        String version = JsonFields.text(root, "version", "version");
        instant(root, "versioncreated");
        instant(root, "firstcreated");
        String pubstatus = JsonFields.text(root, "pubstatus", "pubstatus");
        Integer urgency = JsonFields.integer(root, "urgency", "urgency", 1, 9);
        Release release = new Release(
                pubstatus == null ? Release.Status.USABLE : FieldRules.status(pubstatus, "pubstatus"),
                urgency == null ? Release.DEFAULT_URGENCY : urgency,
                instant(root, "embargoed"));
        return new NinjsMeta(
                JsonFields.text(root, "uri", "uri"),
                version == null ? null : FieldRules.version(version, "version"),
                release);
    }

    private static Instant instant(JsonNode root, String name) {
        String text = JsonFields.text(root, name, name);
        return text == null ? null : FieldRules.instant(text, name);
    }
}
