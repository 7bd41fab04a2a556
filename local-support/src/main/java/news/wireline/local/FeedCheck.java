package news.wireline.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A feed read by an independent reader, as a subscriber's software would: Debian's
 * python3-feedparser for Atom and RSS, and Python's json module held to the JSON Feed spec for
 * JSON Feed (feedcheck.py says why). For tests of the feeds.
 */
public final class FeedCheck {

    private static final String PYTHON = "/usr/bin/python3";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedCheck() {}

    /** Whether feedparser can be imported here; the feed tests are skipped where it cannot. */
    public static boolean available() {
        try {
            Process probe = new ProcessBuilder(PYTHON, "-c", "import feedparser")
                    .redirectErrorStream(true)
                    .start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @param kind "xml" for Atom and RSS, "json" for JSON Feed */
    public static JsonNode read(String kind, String feed) {
        try {
            Process python = new ProcessBuilder(PYTHON, script().toString(), kind).start();
            try (OutputStream in = python.getOutputStream()) {
                in.write(feed.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!python.waitFor(60, TimeUnit.SECONDS) || python.exitValue() != 0) {
                throw new IllegalStateException("feedcheck.py failed: " + err);
            }
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path script() throws IOException {
        Path script = Path.of(
                System.getProperty("java.io.tmpdir"),
                "wireline-feedcheck-" + ProcessHandle.current().pid() + ".py");
        if (!Files.exists(script)) {
            try (InputStream source = FeedCheck.class.getResourceAsStream("feedcheck.py")) {
                Files.write(script, source.readAllBytes());
            }
            script.toFile().deleteOnExit();
        }
        return script;
    }
}
