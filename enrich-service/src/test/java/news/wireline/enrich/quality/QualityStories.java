package news.wireline.enrich.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import news.wireline.enrich.quality.QualityStory.Expected;
import news.wireline.events.Story;
import news.wireline.events.Tag.TagType;

/**
 * Reads the labelled stories of a quality set ({@code /quality}, {@code /quality2}); the layout is
 * described in each set's README.
 */
final class QualityStories {

    private static final String EXPECTED = "== expected";
    private static final String SUBJECTS = "== subjects";

    private QualityStories() {}

    static List<QualityStory> read(String directory) {
        try (Stream<Path> files = Files.list(resource("/" + directory + "/stories"))) {
            return files.filter(file -> file.toString().endsWith(".story"))
                    .sorted()
                    .map(QualityStories::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> relatedPairs(String directory) {
        try {
            return Files.readAllLines(resource("/" + directory + "/related.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static QualityStory read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int expected = lines.indexOf(EXPECTED);
            int subjects = lines.indexOf(SUBJECTS);
            if (expected < 0 || subjects < expected) {
                throw new IllegalStateException(
                        file + " needs a '" + EXPECTED + "' section followed by a '" + SUBJECTS + "' section");
            }
            String id = file.getFileName().toString().replace(".story", "");
            return new QualityStory(
                    id,
                    story(lines.subList(0, expected)),
                    expected(lines.subList(expected + 1, subjects)),
                    SubjectLabels.bundled().check(id, lines.subList(subjects + 1, lines.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Story story(List<String> lines) {
        String headline = null;
        String caption = null;
        String credit = null;
        List<String> authors = new ArrayList<>();
        List<Story.Teaser> teasers = new ArrayList<>();
        List<String> body = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inBody = false;
        for (String line : lines) {
            if (!inBody && line.isBlank()) {
                inBody = true;
            } else if (!inBody) {
                String value = line.substring(line.indexOf(':') + 1).strip();
                switch (line.substring(0, line.indexOf(':'))) {
                    case "headline" -> headline = value;
                    case "caption" -> caption = value;
                    case "credit" -> credit = value;
                    case "byline" -> authors.add(value);
                    case "teaser" ->
                        teasers.add(new Story.Teaser(value.split("\\|")[0].strip(), value.split("\\|")[1].strip()));
                    default -> throw new IllegalStateException("unknown story field: " + line);
                }
            } else if (line.isBlank()) {
                flush(paragraph, body);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(paragraph, body);
        List<Story.Image> images = caption == null ? List.of() : List.of(new Story.Image(caption, credit));
        return new Story(headline, "World", 3, images, body, teasers, new Story.Byline(authors, null), "en");
    }

    private static void flush(StringBuilder paragraph, List<String> body) {
        if (!paragraph.isEmpty()) {
            body.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static List<Expected> expected(List<String> lines) {
        return lines.stream()
                .filter(line -> !line.isBlank())
                .map(line -> {
                    String[] columns = line.split("\t");
                    return new Expected(
                            TagType.valueOf(columns[0]),
                            Arrays.stream(columns[1].split("\\|"))
                                    .map(String::strip)
                                    .toList());
                })
                .toList();
    }

    private static Path resource(String name) {
        try {
            return Path.of(QualityStories.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
