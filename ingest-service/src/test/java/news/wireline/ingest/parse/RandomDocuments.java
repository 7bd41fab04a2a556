package news.wireline.ingest.parse;

import java.util.Random;

/** Well-formed ninjs and NewsML-G2 documents whose fields hold random values, and hostile DOCTYPEs. */
final class RandomDocuments {

    static final String[] NINJS_FIELDS = {
        "uri",
        "version",
        "versioncreated",
        "firstcreated",
        "pubstatus",
        "urgency",
        "embargoed",
        "headline",
        "headlines",
        "genres",
        "by",
        "byline",
        "language",
        "body_text",
        "body_html",
        "bodies",
        "subjects",
        "located",
        "unknown"
    };
    private static final String[] VALUES = {
        "",
        " ",
        "0",
        "1",
        "5",
        "9",
        "10",
        "-1",
        "3.0",
        "999999999999",
        "usable",
        "USABLE",
        "canceled",
        "withheld",
        "stat:canceled",
        "2026-03-14T10:00:00Z",
        "2026-03-14T10:00:00",
        "2026-02-30T10:00:00+01:00",
        "+999999999-12-31T23:59:59Z",
        "en",
        "zh-Hant-TW",
        "By Ana Ferreira",
        "<p>Text.</p>",
        "<script>x</script>",
        "&amp;",
        "&lol;",
        "urn:x",
        "\u0000"
    };

    private RandomDocuments() {}

    /** Any JSON value: a random scalar, or an empty array or object. */
    static String jsonValue(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextBoolean());
            case 2 -> String.valueOf(random.nextInt(21) - 5);
            case 3 -> String.valueOf(random.nextDouble() * 1e12);
            case 4 -> "[]";
            case 5 -> "{}";
            default -> quoted(random);
        };
    }

    /** A minimal ninjs story with one field set to a random value. */
    static String ninjs(Random random) {
        return "{\"headline\": %s, \"body_text\": %s, \"%s\": %s}"
                .formatted(
                        quoted(random),
                        quoted(random),
                        RandomInputs.pick(random, NINJS_FIELDS),
                        random.nextBoolean() ? jsonValue(random) : "[" + jsonValue(random) + "]");
    }

    /** A minimal newsItem whose metadata fields each hold a sound value, a random one, or are left out. */
    static String newsItem(Random random) {
        return ("<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='%s' version='%s'>"
                        + "<itemMeta><pubStatus qcode='stat:%s'/><embargoed>%s</embargoed><versionCreated>%s</versionCreated></itemMeta>"
                        + "<contentMeta><urgency>%s</urgency><headline>%s</headline><by>%s</by><language tag='%s'/></contentMeta>"
                        + "<contentSet><inlineXML><html><body><p>%s</p></body></html></inlineXML></contentSet></newsItem>")
                .formatted(
                        value(random, "urn:x"),
                        value(random, "2"),
                        value(random, "usable"),
                        value(random, "2026-03-14T10:00:00Z"),
                        value(random, "2026-03-14T08:00:00+01:00"),
                        value(random, "4"),
                        value(random, "Ferry"),
                        value(random, "By Ana Ferreira"),
                        value(random, "en"),
                        value(random, "Text."));
    }

    /** A DOCTYPE as an attacker or a careless tool would write it. */
    static String doctype(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> "<!DOCTYPE newsItem>";
            case 1 ->
                "<!DOCTYPE newsItem [<!ENTITY e '"
                        + RandomInputs.noise(random, 20).replace("'", "") + "'>]>";
            case 2 -> "<!DOCTYPE newsItem SYSTEM 'file:///etc/passwd'>";
            case 3 -> "<!DOCTYPE newsItem PUBLIC '-//Wireline//Test//EN' 'http://127.0.0.1:9/x.dtd'>";
            case 4 -> "<!DOCTYPE newsItem [<!ENTITY % p SYSTEM 'http://127.0.0.1:9/p'> %p;]>";
            case 5 -> laughs(1 + random.nextInt(9));
            default -> "<!DOCTYPE " + RandomInputs.noise(random, random.nextInt(40)) + ">";
        };
    }

    private static String laughs(int depth) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE newsItem [<!ENTITY lol0 'lol'>");
        for (int i = 1; i <= depth; i++) {
            dtd.append("<!ENTITY lol%d '%s'>".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
        }
        return dtd.append("<!ENTITY e '&lol").append(depth).append(";'>]>").toString();
    }

    private static String quoted(Random random) {
        String value = random.nextBoolean()
                ? RandomInputs.pick(random, VALUES)
                : RandomInputs.noise(random, random.nextInt(30));
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Mostly the sound value, else a tricky or a random one; made safe for XML text and single-quoted attributes. */
    private static String value(Random random, String sound) {
        String value = switch (random.nextInt(4)) {
            case 0 -> RandomInputs.pick(random, VALUES);
            case 1 -> RandomInputs.noise(random, random.nextInt(30));
            default -> sound;
        };
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }
}
