package news.wireline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Varied, realistic stories for load: each one takes a headline and paragraphs from one of our
 * own labelled stories (enrich-service's quality fixtures), adds paragraphs of others until it is
 * 2 to 10 KB, and is sent as ninjs. The same seed gives the same stories in every run.
 */
final class StoryMaker {

    static final Path FIXTURES = Path.of("enrich-service/src/test/resources/quality/stories");
    static final String CONTENT_TYPE = "application/json";

    private final List<Fixture> fixtures;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SplittableRandom random;

    record Fixture(String headline, List<String> paragraphs) {}

    StoryMaker(long seed) {
        this.fixtures = read(FIXTURES);
        this.random = new SplittableRandom(seed);
    }

    /** Story {@code n} as a ninjs document, its uri unique to {@code run} and {@code n}. */
    byte[] ninjs(String run, int n) {
        Fixture main = fixtures.get(random.nextInt(fixtures.size()));
        int targetBytes = 2_048 + random.nextInt(8 * 1_024);
        List<String> body = new ArrayList<>(main.paragraphs());
        int size = body.stream().mapToInt(String::length).sum();
        while (size < targetBytes) {
            Fixture other = fixtures.get(random.nextInt(fixtures.size()));
            String paragraph =
                    other.paragraphs().get(random.nextInt(other.paragraphs().size()));
            body.add(paragraph);
            size += paragraph.length();
        }
        while (size > targetBytes + 512 && body.size() > 2) {
            size -= body.remove(body.size() - 1).length();
        }
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("uri", "urn:bench:" + run + ":" + n);
        story.put("version", "1");
        story.put("language", "en");
        story.put("headline", main.headline() + " (" + run + "-" + n + ")");
        story.put("body_text", String.join("\n\n", body));
        return json.writeValueAsBytes(story);
    }

    private static List<Fixture> read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Fixture> fixtures = files.filter(file -> file.toString().endsWith(".story"))
                    .sorted()
                    .map(StoryMaker::fixture)
                    .toList();
            if (fixtures.isEmpty()) {
                throw new IllegalStateException(
                        "no .story fixtures in " + dir.toAbsolutePath() + ": run from the repository root");
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmark from the repository root", e);
        }
    }

    /** "key: value" lines, a blank line, then paragraphs separated by blank lines, then the labels. */
    private static Fixture fixture(Path file) {
        try {
            String text = Files.readString(file);
            int split = text.indexOf("\n\n");
            String headline = text.substring(0, split)
                    .lines()
                    .filter(line -> line.startsWith("headline:"))
                    .map(line -> line.substring("headline:".length()).trim())
                    .findFirst()
                    .orElseThrow();
            // The body ends where the labels an editor gave it begin (== expected, == subjects).
            int labels = text.indexOf("\n== ", split);
            String body = text.substring(split + 2, labels < 0 ? text.length() : labels);
            List<String> paragraphs = Arrays.stream(body.split("\n\\s*\n"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
            return new Fixture(headline, paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
