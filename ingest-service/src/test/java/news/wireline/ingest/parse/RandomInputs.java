package news.wireline.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generators of hostile and broken input for the parser properties: random bytes and text, and
 * every fixture format truncated, bit-flipped, shuffled, edited, deeply nested, given DOCTYPEs or
 * given random field values. Each draws only from the {@link Random} it is handed, so a seed
 * reproduces a failure exactly.
 */
enum RandomInputs {
    RANDOM_BYTES {
        @Override
        byte[] next(Random random) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            // Random bytes are rarely UTF-8; masked to ASCII half the time, they reach the parsers too.
            boolean ascii = random.nextBoolean();
            for (int i = 0; ascii && i < bytes.length; i++) {
                bytes[i] &= 0x7F;
            }
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[0] = (byte) pick(random, '{', '<', 'K').charValue();
            }
            return bytes;
        }
    },
    RANDOM_TEXT {
        @Override
        byte[] next(Random random) {
            return utf8(
                    pick(random, "", "{", "<", "KILL\n", "<?xml version='1.0'?>") + noise(random, random.nextInt(400)));
        }
    },
    TRUNCATED_FIXTURES {
        @Override
        byte[] next(Random random) {
            String fixture = fixture(random);
            int from = random.nextInt(4) == 0 ? random.nextInt(fixture.length()) : 0;
            return utf8(fixture.substring(from, from + random.nextInt(fixture.length() - from + 1)));
        }
    },
    FLIPPED_CHARACTERS {
        @Override
        byte[] next(Random random) {
            StringBuilder fixture = new StringBuilder(fixture(random));
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                fixture.setCharAt(
                        random.nextInt(fixture.length()), noise(random, 1).charAt(0));
            }
            return utf8(fixture.toString());
        }
    },
    SHUFFLED_LINES {
        @Override
        byte[] next(Random random) {
            List<String> lines = lines(fixture(random));
            Collections.shuffle(lines, random);
            return utf8(String.join("\n", lines));
        }
    },
    EDITED_LINES {
        @Override
        byte[] next(Random random) {
            List<String> lines = lines(fixture(random));
            for (int edit = random.nextInt(8); edit > 0 && !lines.isEmpty(); edit--) {
                int at = random.nextInt(lines.size());
                switch (random.nextInt(4)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                    case 2 -> lines.add(at, pick(random, NOISE_LINES));
                    default ->
                        lines.set(
                                at,
                                lines.get(at)
                                        .substring(
                                                0, random.nextInt(lines.get(at).length() + 1)));
                }
            }
            return utf8(String.join("\n", lines));
        }
    },
    NESTED_JSON {
        @Override
        byte[] next(Random random) {
            int depth = random.nextInt(5) == 0 ? 30 + random.nextInt(2_000) : random.nextInt(30);
            String open = random.nextBoolean() ? "[" : "{\"x\": ";
            String value = open.repeat(depth)
                    + RandomDocuments.jsonValue(random)
                    + (open.equals("[") ? "]" : "}").repeat(depth);
            String field = pick(random, RandomDocuments.NINJS_FIELDS);
            return utf8("{\"%s\": %s, %s".formatted(field, value, NINJS.strip().substring(1)));
        }
    },
    RANDOM_DOCTYPES {
        @Override
        byte[] next(Random random) {
            // Mostly where a DOCTYPE belongs, before the root element; sometimes anywhere.
            int at = random.nextInt(3) == 0 ? random.nextInt(NEWS_ITEM.length()) : NEWS_ITEM.indexOf("<newsItem");
            String item = NEWS_ITEM.substring(0, at) + RandomDocuments.doctype(random) + NEWS_ITEM.substring(at);
            return utf8(item.replace("Skerrin harbour", pick(random, "&e;", "&undeclared;", "x")));
        }
    },
    RANDOM_FIELD_VALUES {
        @Override
        byte[] next(Random random) {
            return utf8(random.nextBoolean() ? RandomDocuments.ninjs(random) : RandomDocuments.newsItem(random));
        }
    },
    KILL_NOTICES {
        @Override
        byte[] next(Random random) {
            StringBuilder kill =
                    new StringBuilder(pick(random, "KILL", "kill kill", "WITHDRAWN.", "KILLED", "Kill:", ""));
            for (int line = random.nextInt(5); line > 0; line--) {
                kill.append(pick(random, "\n", "\r\n", "\n\n"))
                        .append(pick(random, noise(random, 30), "Ferry sinks", "x".repeat(250), " "));
            }
            return utf8(kill.toString());
        }
    },
    // New generators go last: each draws from the seed plus its ordinal, so the others keep their inputs.
    /**
     * One story sent three ways with one part (headline, section, byline, a paragraph, the
     * language, the id) made about as long as its limit, a little under or a little over, from
     * random capitalised words: the shape of copy that once reached publish and could not be stored.
     */
    OVERSIZED_FIELDS {
        @Override
        byte[] next(Random random) {
            String story = pick(random, NINJS, NEWS_ITEM, PAGE_TEXT);
            String part = pick(
                    random,
                    "Tidal turbines start charging electric ferries at Skerrin harbour",
                    "Energy",
                    "Ana Ferreira",
                    "The surplus will go to the island’s cold store and to a battery bank that carries the ferries through slack water.",
                    "urn:wireline:energy:skerrin-tidal-ferries",
                    "\"en\"");
            int limit = pick(random, 35, 64, 100, 300, 1_000, 20_000);
            String words = capitalisedWords(random, limit - 3 + random.nextInt(7));
            return utf8(story.replace(part, part.startsWith("\"") ? "\"" + words + "\"" : words));
        }
    };

    static final String[] CONTENT_TYPES = {
        null,
        "",
        "*/*",
        "application/octet-stream",
        "text/plain",
        "text/plain; charset=utf-8",
        "application/json",
        "application/ninjs+json",
        "application/xml",
        "text/xml",
        "application/vnd.iptc.g2.newsitem+xml",
        "text/html"
    };
    private static final String[] NOISE_LINES = {
        "Article image",
        "Avatar",
        "Read more",
        "Show More",
        "News Feed",
        "3 min read",
        "By Jane Doe and John Roe",
        "KILL",
        "(AFP)",
        "A caption (Photo: X / Y)",
        "…",
        "...",
        "(",
        ")",
        "{",
        "}",
        "[",
        "\"",
        "<p>",
        "</p>",
        "<!DOCTYPE x>",
        "&lol;",
        "&#x110000;",
        "]]>",
        "<![CDATA[",
        "Новини",
        "desk",
        "Short headline-like line",
        "A paragraph that ends with a full stop."
    };
    private static final String ALPHABET =
            "abcXYZ019 .,;:!?\"'’“”…()[]{}<>&#;=/\\\n\r\t\u0000\u0007\u001b\u00a0\u2003\uFEFF"
                    + "ЖжΩλ中文。、「」اللغة\uD83D\uDCF0\uD800";
    private static final String NINJS = Fixtures.text("skerrin-tidal-ferries.ninjs.json");
    private static final String NEWS_ITEM = Fixtures.text("skerrin-tidal-ferries.newsml.xml");
    private static final String PAGE_TEXT = Fixtures.text("skerrin-tidal-ferries.txt");
    private static final List<String> FIXTURES = Stream.of(
                    Fixtures.PLAIN_TEXT_STORIES, Fixtures.JSON_STORIES, Fixtures.XML_STORIES)
            .flatMap(List::stream)
            .map(Fixtures::text)
            .toList();

    abstract byte[] next(Random random);

    static String noise(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Random capitalised words of about {@code length} characters in all, the last one cut to fit. */
    static String capitalisedWords(Random random, int length) {
        StringBuilder words = new StringBuilder(length + 10);
        while (words.length() < length) {
            words.append(words.isEmpty() ? "" : " ").append((char) ('A' + random.nextInt(26)));
            for (int letters = 2 + random.nextInt(7); letters > 0; letters--) {
                words.append((char) ('a' + random.nextInt(26)));
            }
        }
        return words.substring(0, length).strip();
    }

    @SafeVarargs
    static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String fixture(Random random) {
        return FIXTURES.get(random.nextInt(FIXTURES.size()));
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
