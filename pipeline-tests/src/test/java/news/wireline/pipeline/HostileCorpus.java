package news.wireline.pipeline;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import news.wireline.pipeline.HostileCase.Door;
import news.wireline.pipeline.HostileCase.Expected;
import news.wireline.pipeline.HostileStory.Format;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Over a thousand hostile cases: every field of every format crossed with SQL, script and control
 * payloads, plus hand-picked attacks on the parsers and the doors. Deterministic for one seed, so a
 * failure names a case that can be sent again.
 */
final class HostileCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<HostileCase> cases = new ArrayList<>();
    private final Random random;
    private int n;

    private HostileCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** The small cases, every one sent over HTTP and a seeded share also as a raw-topic record. */
    static List<HostileCase> small(long seed) {
        HostileCorpus corpus = new HostileCorpus(seed);
        corpus.sqlInEveryField();
        corpus.scriptInEveryField();
        corpus.controlCharactersInEveryField();
        corpus.invalidUtf8InEveryField();
        corpus.wrongJsonTypes();
        corpus.deeplyNestedJson();
        corpus.duplicateKeys();
        corpus.xmlAttacks();
        corpus.pathLikeIds();
        corpus.oddContent();
        return corpus.alsoOverKafka();
    }

    /** The few big cases, each sent once: bodies of megabytes, a hundred thousand lines, huge headers. */
    static List<HostileCase> big(long seed) {
        HostileCorpus corpus = new HostileCorpus(seed);
        corpus.n = 1_000_000;
        corpus.bigBodies();
        corpus.hundredThousandLines();
        corpus.hugeHeaders();
        return corpus.cases;
    }

    private void bigBodies() {
        String tenMegabytes = "The ferry timetable was discussed again. ".repeat(256_000);
        add(
                "big/10mb-text",
                "big-body",
                HostileStory.ordinary(++n).with("body", tenMegabytes).bytes(Format.TEXT),
                "text/plain",
                "hx-" + n,
                Expected.rejected("TOO_LARGE"));
        add(
                "big/10mb-json",
                "big-body",
                HostileStory.ordinary(++n).with("body", tenMegabytes).bytes(Format.NINJS),
                "application/json",
                "hx-" + n,
                Expected.rejected("TOO_LARGE"));
        cases.add(new HostileCase(
                "kafka/big/900kb-text",
                "big-body",
                Door.KAFKA,
                HostileStory.ordinary(++n)
                        .with("body", tenMegabytes.substring(0, 900_000))
                        .bytes(Format.TEXT),
                "text/plain",
                "hx-" + n,
                Map.of(),
                Expected.rejected("TOO_LARGE")));
    }

    private void hundredThousandLines() {
        String header =
                "Transport\nFerry timetable drawn up line by line %d\n3 min read\nBy Ana Ferreira\nThe board met on Thursday.\n";
        // A hundred thousand paragraphs are fifty times the 2,000 a story may have (docs/ingest.md, "Limits").
        add(
                "lines/100k-short-lines",
                "many-lines",
                (header.formatted(++n) + "a.\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                "text/plain",
                "hx-" + n,
                Expected.rejected("TOO_LARGE"));
        add(
                "lines/100k-blank-lines",
                "many-lines",
                (header.formatted(++n) + "\n".repeat(100_000) + "The end.\n").getBytes(StandardCharsets.UTF_8),
                "text/plain",
                "hx-" + n,
                Expected.accepted());
        add(
                "lines/100k-crlf-lines",
                "many-lines",
                (header.formatted(++n) + "b.\r\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                "text/plain",
                "hx-" + n,
                Expected.rejected("TOO_LARGE"));
        add(
                "lines/100k-long-lines",
                "many-lines",
                (header.formatted(++n) + "The ferry ran late again.\n".repeat(100_000))
                        .getBytes(StandardCharsets.UTF_8),
                "text/plain",
                "hx-" + n,
                Expected.rejected("TOO_LARGE"));
        add(
                "lines/100k-json-lines",
                "many-lines",
                HostileStory.ordinary(++n).with("body", "c.\n".repeat(100_000)).bytes(Format.NINJS),
                "application/json",
                "hx-" + n,
                Expected.rejected("TOO_LARGE"));
        add(
                "lines/100k-xml-paragraphs",
                "many-lines",
                HostileStory.ordinary(++n).with("body", "d.\n".repeat(100_000)).bytes(Format.NEWSML),
                "application/xml",
                "hx-" + n,
                Expected.rejected("TOO_LARGE"));
    }

    private void hugeHeaders() {
        cases.add(new HostileCase(
                "http/headers/64kb-header",
                "huge-header",
                Door.HTTP,
                HostileStory.ordinary(++n).bytes(Format.NINJS),
                "application/json",
                "hx-" + n,
                Map.of("X-Filler", "x".repeat(64_000)),
                Expected.rejected("HTTP_400", "HTTP_431")));
        cases.add(new HostileCase(
                "http/headers/7kb-story-id",
                "huge-header",
                Door.HTTP,
                HostileStory.ordinary(++n).bytes(Format.NINJS),
                "application/json",
                "a".repeat(7_000),
                Map.of(),
                Expected.rejected("TOO_LARGE")));
        cases.add(new HostileCase(
                "http/headers/7kb-trace-id",
                "huge-header",
                Door.HTTP,
                HostileStory.ordinary(++n).bytes(Format.NINJS),
                "application/json",
                "hx-" + n,
                Map.of("X-Wireline-Trace-Id", "t".repeat(7_000)),
                Expected.accepted()));
        cases.add(new HostileCase(
                "kafka/headers/200kb-desk",
                "huge-header",
                Door.KAFKA,
                HostileStory.ordinary(++n).bytes(Format.NINJS),
                "application/json",
                "hx-" + n,
                Map.of("wireline-desk", "d".repeat(200_000)),
                Expected.rejected("TOO_LARGE")));
        cases.add(new HostileCase(
                "kafka/headers/200kb-trace-id",
                "huge-header",
                Door.KAFKA,
                HostileStory.ordinary(++n).bytes(Format.NINJS),
                "application/json",
                "hx-" + n,
                Map.of("wireline-trace-id", "t".repeat(200_000)),
                Expected.accepted()));
        cases.add(new HostileCase(
                "kafka/headers/200kb-content-type",
                "huge-header",
                Door.KAFKA,
                HostileStory.ordinary(++n).bytes(Format.NINJS),
                "application/json" + ";x=".repeat(50_000),
                "hx-" + n,
                Map.of(),
                Expected.rejected("TOO_LARGE")));
        cases.add(new HostileCase(
                "kafka/headers/script-desk",
                "huge-header",
                Door.KAFKA,
                HostileStory.ordinary(++n).bytes(Format.NINJS),
                "application/json",
                "hx-" + n,
                Map.of("wireline-desk", "<script>wlx(30)</script>"),
                Expected.rejected("INVALID_FIELD")));
    }

    private void sqlInEveryField() {
        for (Format format : Format.values()) {
            for (String field : HostileStory.fieldsOf(format)) {
                for (int i = 0; i < HostilePayloads.SQL.size(); i++) {
                    String payload = HostilePayloads.SQL.get(i);
                    int id = ++n;
                    HostileStory story =
                            HostileStory.ordinary(id).with(field, field.equals("uri") ? payload + " " + id : payload);
                    Expected expected = switch (field) {
                        case "language" -> Expected.rejected("INVALID_FIELD");
                        case "version" -> Expected.rejected("INVALID_FIELD");
                        case "uri", "byline" -> Expected.accepted();
                        default -> Expected.acceptedKeeping(field, payload);
                    };
                    add(
                            "sql/" + format + "/" + field + "/" + i,
                            "sql",
                            story.bytes(format),
                            format.contentType,
                            field.equals("uri") ? null : "hx-" + id,
                            expected);
                }
            }
        }
        for (int i = 0; i < HostilePayloads.SQL.size(); i++) {
            add(
                    "sql/story-id/" + i,
                    "sql",
                    HostileStory.ordinary(++n).bytes(Format.NINJS),
                    "application/json",
                    HostilePayloads.SQL.get(i),
                    Expected.rejected("INVALID_FIELD"));
        }
    }

    private void scriptInEveryField() {
        for (Format format : Format.values()) {
            for (String field : HostileStory.fieldsOf(format)) {
                if (field.equals("version") || field.equals("uri")) {
                    continue;
                }
                for (int i = 0; i < HostilePayloads.SCRIPT.size(); i++) {
                    int id = ++n;
                    HostileStory story = HostileStory.ordinary(id).with(field, HostilePayloads.SCRIPT.get(i));
                    add(
                            "script/" + format + "/" + field + "/" + i,
                            "script",
                            story.bytes(format),
                            format.contentType,
                            "hx-" + id,
                            field.equals("language") ? Expected.rejected("INVALID_FIELD") : Expected.accepted());
                }
            }
        }
        for (int i = 0; i < HostilePayloads.SCRIPT.size(); i++) {
            int id = ++n;
            String html = "<p>The harbour board met on Thursday.</p>" + HostilePayloads.SCRIPT.get(i)
                    + "<p onclick=\"wlx(99)\">Members said the changes would follow.</p>";
            byte[] body = HostileStory.ordinary(id)
                    .ninjs(node -> {
                        node.remove("body_text");
                        node.put("body_html", html);
                    })
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            add("script/ninjs/body_html/" + i, "script", body, "application/json", "hx-" + id, Expected.accepted());
        }
    }

    private void controlCharactersInEveryField() {
        for (Format format : Format.values()) {
            for (String field : List.of("headline", "section", "byline", "body")) {
                for (int i = 0; i < HostilePayloads.CONTROL.size(); i++) {
                    int id = ++n;
                    String control = HostilePayloads.CONTROL.get(i);
                    HostileStory story = HostileStory.ordinary(id).with(field, "Ferry" + control + "timetable " + id);
                    add(
                            "control/" + format + "/" + field + "/" + i,
                            "control",
                            story.bytes(format),
                            format.contentType,
                            "hx-" + id,
                            Expected.accepted());
                }
            }
        }
        for (Format format : List.of(Format.NINJS, Format.WIRELINE)) {
            for (String escape : List.of("\\u0000", "\\ud800", "\\udfff", "\\ufffe", "\\u001b[2J")) {
                int id = ++n;
                String marker = "MARK" + id + "MARK";
                String json = HostileStory.ordinary(id)
                        .with("headline", "Ferry " + marker + " timetable")
                        .text(format)
                        .replace(marker, escape);
                add(
                        "control/" + format + "/json-escape/" + escape.substring(1),
                        "control",
                        json.getBytes(StandardCharsets.UTF_8),
                        format.contentType,
                        "hx-" + id,
                        Expected.accepted());
            }
        }
    }

    private void invalidUtf8InEveryField() {
        for (Format format : Format.values()) {
            for (String field : List.of("headline", "byline", "body")) {
                for (int i = 0; i < HostilePayloads.NOT_UTF8.size(); i++) {
                    int id = ++n;
                    String marker = "MARK" + id + "MARK";
                    byte[] text = HostileStory.ordinary(id)
                            .with(field, "Ferry " + marker + " timetable")
                            .bytes(format);
                    add(
                            "utf8/" + format + "/" + field + "/" + i,
                            "invalid-utf8",
                            replace(text, marker, HostilePayloads.NOT_UTF8.get(i)),
                            format.contentType,
                            "hx-" + id,
                            Expected.rejected("NOT_UTF8"));
                }
            }
        }
    }

    private void wrongJsonTypes() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Map<String, JsonNode> wrong = Map.of(
                "number",
                nodes.numberNode(42),
                "boolean",
                nodes.booleanNode(true),
                "array",
                nodes.arrayNode().add("x"),
                "object",
                nodes.objectNode().put("x", "y"),
                "huge-number",
                nodes.numberNode(new BigInteger("123456789012345678901234567890")));
        List<String> stringFields = List.of(
                "headline",
                "body_text",
                "body_html",
                "by",
                "language",
                "uri",
                "version",
                "pubstatus",
                "embargoed",
                "versioncreated",
                "slugline");
        for (String field : stringFields) {
            for (Map.Entry<String, JsonNode> type : wrong.entrySet()) {
                int id = ++n;
                byte[] body = HostileStory.ordinary(id)
                        .ninjs(node -> node.set(field, type.getValue()))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
                add(
                        "types/ninjs/" + field + "/" + type.getKey(),
                        "wrong-json-type",
                        body,
                        "application/json",
                        "hx-" + id,
                        Expected.rejected("INVALID_FIELD"));
            }
        }
        List<String> arrayFields = List.of("body", "images", "teasers", "headlines", "genre");
        for (String field : arrayFields) {
            for (Map.Entry<String, JsonNode> type : Map.of(
                            "string",
                            (JsonNode) nodes.stringNode("text"),
                            "number",
                            nodes.numberNode(7),
                            "object",
                            nodes.objectNode())
                    .entrySet()) {
                int id = ++n;
                byte[] body = HostileStory.ordinary(id)
                        .wireline(node -> node.set(field, type.getValue()))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
                boolean textBody = field.equals("body") && type.getKey().equals("string");
                add(
                        "types/wireline/" + field + "/" + type.getKey(),
                        "wrong-json-type",
                        body,
                        "application/json",
                        "hx-" + id,
                        textBody ? Expected.accepted() : Expected.rejected("INVALID_FIELD"));
            }
        }
        for (String field : List.of("readTimeMinutes", "urgency")) {
            for (JsonNode value : List.of(
                    nodes.stringNode("7"),
                    nodes.numberNode(-1),
                    nodes.numberNode(1.5),
                    nodes.numberNode(99999999999L))) {
                int id = ++n;
                byte[] body = HostileStory.ordinary(id)
                        .wireline(node -> node.set(field, value))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
                add(
                        "types/wireline/" + field + "/" + value,
                        "wrong-json-type",
                        body,
                        "application/json",
                        "hx-" + id,
                        Expected.rejected("INVALID_FIELD"));
            }
        }
        for (String field : List.of("headline", "body")) {
            int id = ++n;
            byte[] body = HostileStory.ordinary(id)
                    .wireline(node -> node.putNull(field))
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            add(
                    "types/wireline/" + field + "/null",
                    "wrong-json-type",
                    body,
                    "application/json",
                    "hx-" + id,
                    Expected.rejected("MISSING_FIELD"));
        }
        for (String root : List.of("[]", "\"story\"", "42", "null", "true", "[{\"headline\":\"x\"}]")) {
            add(
                    "types/root/" + root,
                    "wrong-json-type",
                    root.getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    "hx-" + ++n,
                    Expected.rejected("MALFORMED"));
        }
    }

    private void deeplyNestedJson() {
        for (int depth : List.of(40, 200, 5_000, 100_000)) {
            add(
                    "nesting/array/" + depth,
                    "deep-json",
                    ("{\"headline\":\"x\",\"body\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
                            .getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    "hx-" + ++n,
                    Expected.rejected("MALFORMED"));
            add(
                    "nesting/object/" + depth,
                    "deep-json",
                    ("{\"headline\":\"x\",\"body\":[\"p\"],\"extra\":" + "{\"a\":".repeat(depth) + "1"
                                    + "}".repeat(depth) + "}")
                            .getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    "hx-" + ++n,
                    depth > 50_000 ? Expected.rejected("TOO_LARGE") : Expected.rejected("MALFORMED"));
            add(
                    "nesting/unclosed/" + depth,
                    "deep-json",
                    ("[".repeat(depth)).getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    "hx-" + ++n,
                    Expected.rejected("MALFORMED"));
        }
    }

    private void duplicateKeys() {
        for (String field : List.of("headline", "body_text", "uri", "version", "language", "by")) {
            int id = ++n;
            String story = HostileStory.ordinary(id)
                    .with("uri", "urn:wireline:hostile:" + id)
                    .ninjs(node -> {})
                    .toString();
            String twice = "{\"" + field + "\":\"smuggled\"," + story.substring(1);
            add(
                    "duplicate-key/" + field,
                    "duplicate-keys",
                    twice.getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    "hx-" + id,
                    Expected.rejected("MALFORMED"));
        }
        int id = ++n;
        String xml = new String(HostileStory.ordinary(id).bytes(Format.NEWSML), StandardCharsets.UTF_8)
                .replace("version=\"1\"", "version=\"1\" version=\"9\"");
        add(
                "duplicate-key/newsml-attribute",
                "duplicate-keys",
                xml.getBytes(StandardCharsets.UTF_8),
                "application/xml",
                "hx-" + id,
                Expected.rejected("MALFORMED"));
    }

    private void xmlAttacks() {
        String item = new String(HostileStory.ordinary(0).bytes(Format.NEWSML), StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");
        StringBuilder laughs = new StringBuilder("<!DOCTYPE newsItem [<!ENTITY l0 'lol'>");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY l%d '%s'>".formatted(i, ("&l" + (i - 1) + ";").repeat(10)));
        }
        laughs.append("]>");
        Map<String, String> attacks = Map.of(
                "billion-laughs", laughs + item.replace("<headline>", "<headline>&l10;"),
                "quadratic-blowup",
                        "<!DOCTYPE newsItem [<!ENTITY a '" + "x".repeat(20_000) + "'>]>"
                                + item.replace("<headline>", "<headline>" + "&a;".repeat(10_000)),
                "xxe-file",
                        "<!DOCTYPE newsItem [<!ENTITY s SYSTEM 'file:///etc/passwd'>]>"
                                + item.replace("<headline>", "<headline>&s;"),
                "xxe-http",
                        "<!DOCTYPE newsItem [<!ENTITY s SYSTEM 'http://127.0.0.1:9/x'>]>"
                                + item.replace("<headline>", "<headline>&s;"),
                "parameter-entity", "<!DOCTYPE newsItem [<!ENTITY % p SYSTEM 'http://127.0.0.1:9/p'> %p;]>" + item,
                "external-dtd", "<!DOCTYPE newsItem SYSTEM 'file:///etc/passwd'>" + item,
                "unclosed", item.substring(0, item.length() / 2),
                "deep-elements",
                        item.replace("<body>", "<body>" + "<div>".repeat(20_000))
                                .replace("</body>", "</div>".repeat(20_000) + "</body>"));
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            add(
                    "xml/" + attack.getKey(),
                    "xml-attack",
                    attack.getValue().getBytes(StandardCharsets.UTF_8),
                    "application/xml",
                    "hx-" + ++n,
                    Expected.rejected("MALFORMED"));
        }
        String xinclude = item.replace(
                "<body>",
                "<body><p><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/></p>");
        add(
                "xml/xinclude",
                "xml-attack",
                xinclude.getBytes(StandardCharsets.UTF_8),
                "application/xml",
                "hx-" + ++n,
                Expected.accepted());
        String script = item.replace(
                "<body>",
                "<body><script>wlx(20)</script><p onclick=\"wlx(21)\">Members met.</p><a href=\"javascript:wlx(22)\">x</a>");
        add(
                "xml/inline-script",
                "xml-attack",
                script.getBytes(StandardCharsets.UTF_8),
                "application/xml",
                "hx-" + ++n,
                Expected.accepted());
    }

    private void pathLikeIds() {
        for (int i = 0; i < HostilePayloads.PATH_LIKE_IDS.size(); i++) {
            String path = HostilePayloads.PATH_LIKE_IDS.get(i);
            if (path.chars().noneMatch(Character::isISOControl)) {
                add(
                        "path-id/header/" + i,
                        "path-like-id",
                        HostileStory.ordinary(++n).bytes(Format.NINJS),
                        "application/json",
                        path,
                        Expected.rejected("INVALID_FIELD"));
            }
            int id = ++n;
            add(
                    "path-id/uri/" + i,
                    "path-like-id",
                    HostileStory.ordinary(id).with("uri", path + "#" + id).bytes(Format.NINJS),
                    "application/json",
                    null,
                    Expected.accepted());
        }
    }

    private void oddContent() {
        add("empty", "odd-content", new byte[0], "text/plain", "hx-" + ++n, Expected.rejected("EMPTY"));
        add(
                "whitespace",
                "odd-content",
                " \n\t\r\n ".getBytes(StandardCharsets.UTF_8),
                "text/plain",
                "hx-" + ++n,
                Expected.rejected("EMPTY"));
        add(
                "image-type",
                "odd-content",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                "image/png",
                "hx-" + ++n,
                Expected.rejected("UNSUPPORTED_CONTENT_TYPE"));
        add(
                "garbage-type",
                "odd-content",
                HostileStory.ordinary(++n).bytes(Format.TEXT),
                ";;;/=\"",
                "hx-" + n,
                Expected.rejected("UNSUPPORTED_CONTENT_TYPE"));
        add(
                "json-declared-xml",
                "odd-content",
                HostileStory.ordinary(++n).bytes(Format.NEWSML),
                "application/json",
                "hx-" + n,
                Expected.rejected("MALFORMED"));
        add(
                "binary-noise",
                "odd-content",
                noise(4_000),
                "application/octet-stream",
                "hx-" + ++n,
                Expected.rejected("NOT_UTF8"));
    }

    /**
     * Every small case over HTTP; as raw-topic records too, every hostile id (as the record key)
     * and one in four of the rest, chosen by the seed.
     */
    private List<HostileCase> alsoOverKafka() {
        List<HostileCase> all = new ArrayList<>(cases);
        for (HostileCase each : cases) {
            boolean hostileId = each.storyId() != null && !each.storyId().startsWith("hx-");
            if (hostileId || each.storyId() != null && random.nextInt(4) == 0) {
                all.add(new HostileCase(
                        "kafka/" + each.name().substring("http/".length()),
                        each.category(),
                        Door.KAFKA,
                        each.body(),
                        each.contentType(),
                        hostileId ? each.storyId() : each.storyId() + "-k",
                        each.headers(),
                        each.expected()));
            }
        }
        for (String path : HostilePayloads.PATH_LIKE_IDS) {
            if (path.chars().anyMatch(Character::isISOControl)) {
                all.add(new HostileCase(
                        "kafka/path-id/control",
                        "path-like-id",
                        Door.KAFKA,
                        HostileStory.ordinary(++n).bytes(Format.NINJS),
                        "application/json",
                        path,
                        Map.of(),
                        Expected.rejected("INVALID_FIELD")));
            }
        }
        return all;
    }

    private void add(String name, String category, byte[] body, String contentType, String storyId, Expected expected) {
        cases.add(new HostileCase("http/" + name, category, Door.HTTP, body, contentType, storyId, Map.of(), expected));
    }

    private byte[] noise(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] replace(byte[] text, String marker, byte[] with) {
        String whole = new String(text, StandardCharsets.UTF_8);
        int at = whole.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(whole.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(with);
        out.writeBytes(whole.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
