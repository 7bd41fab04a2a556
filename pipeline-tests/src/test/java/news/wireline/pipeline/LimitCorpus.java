package news.wireline.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import news.wireline.events.Headers;
import news.wireline.pipeline.HostileCase.Door;
import news.wireline.pipeline.HostileStory.Format;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every field of every format at and beyond its limit in docs/ingest.md (empty, at the maximum,
 * one over, huge, the wrong JSON type, control, bidi and zero-width characters, deep nesting,
 * invalid UTF-8), each by HTTP and by the raw topic, with the issue's own stalls among them. Each
 * case says what it must come to: published at its version, refused with one of some codes, or
 * either, as long as it is accounted for. Deterministic for one seed.
 */
final class LimitCorpus {

    /** What a case must come to. */
    enum Fate {
        PUBLISHED,
        REFUSED,
        ACCOUNTED
    }

    record LimitCase(HostileCase sent, Fate fate, Set<String> codes) {
        String name() {
            return sent.name();
        }
    }

    private static final Set<String> OVER = Set.of("TOO_LARGE", "INVALID_FIELD");
    private static final String INVISIBLE = "\u202E\u200B\u2066\uFEFF\u200D\u2069\u202C";
    private static final String CONTROLS = "\u0000\u0007\u001B[31m\u0085\u009B\u007F";

    /** The limits the corpus probes, in code points; docs/ingest.md lists them all. */
    private static final int HEADLINE = 300;

    private static final int SECTION = 64;
    private static final int AUTHOR = 100;
    private static final int CAPTION = 2_000;
    private static final int PARAGRAPH = 20_000;
    private static final int PARAGRAPHS = 2_000;
    private static final int URI = 1_000;
    private static final int DESK = 64;

    private final Random random;
    private final List<LimitCase> cases = new ArrayList<>();
    private final String prefix;
    private int n;

    private LimitCorpus(long seed, String prefix) {
        this.random = new Random(seed);
        this.prefix = prefix;
    }

    /** {@code rounds} draws of the whole corpus, each with fresh random text, by both doors, shuffled. */
    static List<LimitCase> of(long seed, int rounds) {
        LimitCorpus corpus = new LimitCorpus(seed, "acct-" + seed % 10_000 + "-");
        for (int round = 0; round < rounds; round++) {
            for (Format format : Format.values()) {
                corpus.everyFieldOf(format, round);
            }
            corpus.issueStalls(round);
            corpus.rawTopicHeaders(round);
        }
        Collections.shuffle(corpus.cases, corpus.random);
        return corpus.cases;
    }

    /**
     * Plain text has no field names: a "By" line longer than a byline can be is read as copy, so
     * there an over-long byline is published as a paragraph rather than refused.
     */
    private void everyFieldOf(Format format, int round) {
        for (String field : HostileStory.fieldsOf(format)) {
            Integer max = maxOf(field);
            String name = format.name().toLowerCase() + "/" + field + "/";
            if (max != null) {
                both(name + "at-max/" + round, format, field, words(max), Fate.PUBLISHED);
                Fate over = format == Format.TEXT && field.equals("byline") ? Fate.ACCOUNTED : Fate.REFUSED;
                both(name + "one-over/" + round, format, field, words(max + 1), over, OVER);
                both(name + "huge/" + round, format, field, words(max * 10 + random.nextInt(1_000)), over, OVER);
            }
            both(name + "empty/" + round, format, field, "", Fate.ACCOUNTED);
            both(name + "invisible/" + round, format, field, sprinkle(words(20), INVISIBLE), Fate.ACCOUNTED);
            both(name + "controls/" + round, format, field, sprinkle(words(20), CONTROLS), Fate.ACCOUNTED);
            bothBytes(
                    name + "invalid-utf8/" + round,
                    format,
                    withBadBytes(format, field),
                    Fate.REFUSED,
                    Set.of("NOT_UTF8"));
            if (format == Format.NINJS || format == Format.WIRELINE) {
                String key = jsonKey(format, field);
                bothBytes(
                        name + "wrong-type/" + round,
                        format,
                        json(format, node -> node.put(key, random.nextLong())),
                        Fate.REFUSED,
                        Set.of("INVALID_FIELD", "MALFORMED", "MISSING_FIELD"));
                bothBytes(
                        name + "deep/" + round,
                        format,
                        json(format, node -> nest(node.putArray(key), 200 + random.nextInt(300))),
                        Fate.REFUSED,
                        Set.of("INVALID_FIELD", "MALFORMED", "MISSING_FIELD"));
            }
        }
        String paragraphs = format.name().toLowerCase() + "/paragraphs/";
        both(paragraphs + "at-max/" + round, format, "paragraphs", null, Fate.PUBLISHED);
        both(paragraphs + "one-over/" + round, format, "paragraphs", null, Fate.REFUSED, OVER);
        // XML writes a quote as &quot;, six bytes; a backslash stays one byte there and doubles in JSON too.
        String doubling = format == Format.NEWSML ? "\\" : "\"";
        bothBytes(
                format.name().toLowerCase() + "/body/escaped-quotes/" + round,
                format,
                ordinary().with("body", doubling.repeat(400_000)).bytes(format),
                Fate.REFUSED,
                Set.of("TOO_LARGE"));
        bothBytes(
                format.name().toLowerCase() + "/body/half-escaped-quotes/" + round,
                format,
                ordinary().with("body", "\"\\".repeat(60_000)).bytes(format),
                Fate.ACCOUNTED,
                Set.of());
    }

    /** The three stories that stalled a sixth of the feed, with random capitalised words as the desks' tools made them. */
    private void issueStalls(int round) {
        both("stall/ninjs-byline-50000/" + round, Format.NINJS, "byline", words(50_000), Fate.REFUSED, OVER);
        both("stall/ninjs-headline-20000/" + round, Format.NINJS, "headline", words(20_000), Fate.REFUSED, OVER);
        both("stall/ninjs-section-3000/" + round, Format.NINJS, "section", words(3_000), Fate.REFUSED, OVER);
        both("stall/body-capitalised-run/" + round, Format.NINJS, "body", words(PARAGRAPH), Fate.PUBLISHED);
    }

    /** What only a raw-topic record carries: the desk, trace and content-type headers. */
    private void rawTopicHeaders(int round) {
        byte[] body = ordinary().bytes(Format.NINJS);
        header("raw/desk/at-max/" + round, body, Map.of(Headers.DESK, letters(DESK)), Fate.PUBLISHED, Set.of());
        header("raw/desk/one-over/" + round, body, Map.of(Headers.DESK, letters(DESK + 1)), Fate.REFUSED, OVER);
        header("raw/desk/controls/" + round, body, Map.of(Headers.DESK, "desk" + CONTROLS), Fate.REFUSED, OVER);
        header("raw/trace/huge/" + round, body, Map.of(Headers.TRACE_ID, letters(20_000)), Fate.ACCOUNTED, Set.of());
        header(
                "raw/trace/malformed/" + round,
                body,
                Map.of("traceparent", "00-" + letters(70) + "-zz"),
                Fate.ACCOUNTED,
                Set.of());
        header(
                "raw/content-type/huge/" + round,
                body,
                Map.of(Headers.CONTENT_TYPE, "application/json; x=" + letters(5_000)),
                Fate.ACCOUNTED,
                Set.of());
    }

    private static Integer maxOf(String field) {
        return switch (field) {
            case "headline" -> HEADLINE;
            case "section" -> SECTION;
            case "byline" -> AUTHOR;
            case "caption" -> CAPTION;
            case "body" -> PARAGRAPH;
            case "uri" -> URI;
            default -> null;
        };
    }

    private void both(String name, Format format, String field, String value, Fate fate, Set<String> codes) {
        bothBytes(
                name,
                format,
                value == null
                        ? paragraphs(format, name.contains("one-over") ? PARAGRAPHS + 1 : PARAGRAPHS)
                        : ordinary().with(field, value).bytes(format),
                fate,
                codes);
    }

    private void both(String name, Format format, String field, String value, Fate fate) {
        both(name, format, field, value, fate, Set.of());
    }

    private void bothBytes(String name, Format format, byte[] body, Fate fate, Set<String> codes) {
        for (Door door : Door.values()) {
            String id = prefix + ++n;
            cases.add(new LimitCase(
                    new HostileCase(
                            (door == Door.KAFKA ? "kafka/" : "http/") + name,
                            "limits",
                            door,
                            body,
                            format.contentType,
                            id,
                            Map.of(),
                            HostileCase.Expected.accepted()),
                    fate,
                    codes));
        }
    }

    private void header(String name, byte[] body, Map<String, String> headers, Fate fate, Set<String> codes) {
        String id = prefix + ++n;
        cases.add(new LimitCase(
                new HostileCase(
                        "kafka/" + name,
                        "limits",
                        Door.KAFKA,
                        body,
                        Format.NINJS.contentType,
                        id,
                        headers,
                        HostileCase.Expected.accepted()),
                fate,
                codes));
    }

    private HostileStory ordinary() {
        return HostileStory.ordinary(random.nextInt(1_000_000));
    }

    private byte[] paragraphs(Format format, int count) {
        HostileStory story = ordinary();
        List<String> body = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            body.add("Paragraph " + i + " of the ferry review.");
        }
        HostileStory many = new HostileStory(
                story.headline(),
                story.section(),
                story.byline(),
                story.caption(),
                body,
                story.language(),
                story.uri(),
                story.version());
        return many.bytes(format);
    }

    private byte[] json(Format format, Consumer<ObjectNode> change) {
        HostileStory story = ordinary();
        ObjectNode node = format == Format.NINJS ? story.ninjs(change) : story.wireline(change);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonKey(Format format, String field) {
        return switch (field) {
            case "byline" -> format == Format.NINJS ? "by" : "byline";
            case "body" -> format == Format.NINJS ? "body_text" : "body";
            case "caption" -> "images";
            default -> field;
        };
    }

    private static void nest(ArrayNode array, int depth) {
        ArrayNode inner = array;
        for (int i = 0; i < depth; i++) {
            inner = inner.addArray();
        }
        inner.add("deep");
    }

    /** The story with a marker in the field, whose bytes are then replaced by a lone continuation and an overlong form. */
    private byte[] withBadBytes(Format format, String field) {
        String marker = "QQMARKQQ";
        byte[] text = ordinary().with(field, "Ferry " + marker + " timetable").bytes(format);
        String whole = new String(text, StandardCharsets.ISO_8859_1);
        int at = whole.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.write(text, at + marker.length(), text.length - at - marker.length());
        return out.toByteArray();
    }

    /** Random capitalised words, exactly {@code length} code points long, so a tagger sees one long run of names. */
    private String words(int length) {
        StringBuilder text = new StringBuilder(length + 10);
        while (text.length() < length) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int size = 3 + random.nextInt(7);
            text.append((char) ('A' + random.nextInt(26)));
            for (int i = 1; i < size; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        text.setLength(length);
        if (text.charAt(length - 1) == ' ') {
            text.setCharAt(length - 1, 'x');
        }
        return text.toString();
    }

    private String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private String sprinkle(String text, String characters) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            out.append(word)
                    .append(characters.charAt(random.nextInt(characters.length())))
                    .append(' ');
        }
        return out.toString().strip();
    }
}
