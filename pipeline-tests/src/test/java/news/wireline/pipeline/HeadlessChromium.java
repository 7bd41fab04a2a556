package news.wireline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium run headless from its command line: each call a fresh browser with a fresh
 * profile, so nothing is cached between visits. It renders the page as a reader's browser would,
 * scripts included, and returns the resulting DOM or a screenshot.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {}

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /** The page's DOM once loaded and its scripts have run. */
    static String dom(String url) {
        return new String(run("--dump-dom", url), StandardCharsets.UTF_8);
    }

    /** Saves the page as a PNG under target/screenshots and returns the file. */
    static Path screenshot(String url, String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
            Files.createDirectories(file.getParent());
            run("--screenshot=" + file, url);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] run(String action, String url) {
        Path profile = null;
        try {
            profile = Files.createTempDirectory("wireline-e2e-chromium");
            List<String> command = new ArrayList<>(List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile,
                    "--window-size=1200,1400"));
            command.add(action);
            command.add(url);
            Process chromium = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = chromium.getInputStream().readAllBytes();
            if (!chromium.waitFor(60, TimeUnit.SECONDS) || chromium.exitValue() != 0) {
                chromium.destroyForcibly();
                throw new IllegalStateException("chromium " + action + " " + url + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
