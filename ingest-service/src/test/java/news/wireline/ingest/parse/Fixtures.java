package news.wireline.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Test stories: invented fixtures on the classpath, plus the seed sample and local-run samples on disk. */
final class Fixtures {

    static final List<String> PLAIN_TEXT_STORIES = List.of(
            "rotterdam-port-strike.txt",
            "varno-valley-flood.txt",
            "white-dwarf-planet-crlf.txt",
            "lviv-tram-ukrainian.txt",
            "oslo-fund-seabed-teasers.txt",
            "atacama-lithium-by-line.txt",
            "skerrin-tidal-ferries.txt",
            "shancheng-tidal-ferries-chinese.txt");
    static final List<String> JSON_STORIES = List.of(
            "ninjs-rail-strike.json",
            "ninjs-body-text.json",
            "wireline-story.json",
            "skerrin-tidal-ferries.ninjs.json",
            "skerrin-tidal-ferries.ninjs3.json",
            "ninjs-1x-harbour-crane.json",
            "ninjs-3x-orchard-frost.json",
            "ninjs-brief-ferry-fares.json",
            "ninjs-version-zero-bridge-vote.json",
            "ninjs-picture-market-square.json",
            "ninjs-event-budget-briefing.json");
    static final List<String> XML_STORIES = List.of("skerrin-tidal-ferries.newsml.xml");
    static final List<String> CHROME = List.of("Article image", "Avatar", "Read more", "Show More", "min read");

    private static final String SEED_SAMPLE = "wire-story-kyiv-north-korea.txt";

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/stories/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The seed sample is kept outside the repository (it is someone else's copy), so it may be absent. */
    static Optional<Path> seedSample() {
        return Stream.of(Path.of("../../shared/samples", SEED_SAMPLE), Path.of("/work/shared/samples", SEED_SAMPLE))
                .filter(Files::isReadable)
                .findFirst();
    }

    /** The stories the local run feeds in, in the repository's top-level samples folder. */
    static List<Path> localRunSamples() {
        Path folder = Path.of("../samples");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
