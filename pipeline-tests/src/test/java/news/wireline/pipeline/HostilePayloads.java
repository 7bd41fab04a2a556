package news.wireline.pipeline;

import java.util.List;

/**
 * The strings and bytes hostile senders try, written for these tests. Script payloads call
 * {@code wlx(n)}, so any that survived into a page or feed would be easy to spot.
 */
final class HostilePayloads {

    static final List<String> SQL = List.of(
            "'; DROP TABLE stories; --",
            "\" OR \"1\"=\"1",
            "1' OR '1'='1",
            "Robert'); DROP TABLE stories;--",
            "' UNION SELECT usename, passwd FROM pg_shadow --",
            "'; SELECT pg_sleep(30); --",
            "$$; DELETE FROM story_outbox; $$",
            "100% of the _votes_ counted \\ 50%",
            "O'Brien's \"quoted\" back\\slash; semi-colon -- dash /* comment */",
            "E'\\x27'; COPY stories TO '/tmp/out'; --",
            "admin'--",
            "') OR 1=1 LIMIT 1; --",
            "%' AND 1=0 UNION ALL SELECT NULL,NULL --",
            "\\'; TRUNCATE stories CASCADE; --",
            "`ticks`; :named ?positional $1 @var");

    static final List<String> SCRIPT = List.of(
            "<script>wlx(1)</script>",
            "<img src=x onerror=wlx(2)>",
            "<svg onload=wlx(3)>",
            "<a href=\"javascript:wlx(4)\">click</a>",
            "\"><script>wlx(5)</script>",
            "</title><script>wlx(6)</script>",
            "<iframe src=\"javascript:wlx(7)\"></iframe>",
            "<body onload=wlx(8)>",
            "<scr<script>ipt>wlx(9)</script>",
            "&lt;script&gt;wlx(10)&lt;/script&gt;",
            "<div style=\"background:url(javascript:wlx(11))\">x</div>",
            "<math><mtext><table><mglyph><style><img src=x onerror=wlx(12)>",
            "javascript:wlx(13)",
            "<![CDATA[<script>wlx(14)</script>]]>",
            "<details open ontoggle=wlx(15)>",
            "' onmouseover='wlx(16)");

    /** Characters no story text should carry, each between ordinary words. */
    static final List<String> CONTROL = List.of(
            "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009B", "\u202E",
            "\uFFFE");

    /** Byte sequences that are not UTF-8: Latin-1, overlong, surrogate, truncated, beyond U+10FFFF. */
    static final List<byte[]> NOT_UTF8 = List.of(
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {0x63, 0x61, 0x66, (byte) 0xE9});

    static final List<String> PATH_LIKE_IDS = List.of(
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "/etc/shadow",
            "stories/../../admin",
            "%2e%2e%2f%2e%2e%2fetc",
            "id\u0000.txt",
            "C:\\Windows\\System32",
            "file:///etc/passwd",
            ".hidden",
            "a/b/c",
            "urn:x:../../..",
            "~root/.ssh/id_rsa");

    private HostilePayloads() {}
}
