package news.wireline.enrich.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a story's subject labels against the Media Topics the classifier ships with, so a label
 * the classifier could never give (a typo, a retired code) fails loudly instead of counting as a miss.
 */
final class SubjectLabels {

    private static final String RESOURCE = "/subjects/media-topics.tsv";
    private static final SubjectLabels BUNDLED = read();

    /** Label and parent code (empty for a top-level topic) by code. */
    private final Map<String, String[]> topics;

    private SubjectLabels(Map<String, String[]> topics) {
        this.topics = topics;
    }

    static SubjectLabels bundled() {
        return BUNDLED;
    }

    boolean topLevel(String code) {
        return topics.get(code)[1].isEmpty();
    }

    /**
     * The codes of lines like {@code medtop:15000000<TAB>sport}; the label must be the topic's, and a
     * second-level topic's parent must be labelled too, as the classifier always gives both.
     */
    Set<String> check(String storyId, List<String> lines) {
        Set<String> codes = new LinkedHashSet<>();
        for (String line : lines.stream().filter(line -> !line.isBlank()).toList()) {
            String[] columns = line.split("\t");
            String[] topic = topics.get(columns[0]);
            if (topic == null || columns.length != 2 || !topic[0].equals(columns[1])) {
                throw new IllegalStateException(storyId + ": not a bundled media topic and its label: " + line);
            }
            codes.add(columns[0]);
        }
        codes.stream()
                .filter(code -> !topLevel(code) && !codes.contains(topics.get(code)[1]))
                .findAny()
                .ifPresent(orphan -> {
                    throw new IllegalStateException(storyId + ": " + orphan + " is labelled without its parent");
                });
        return Set.copyOf(codes);
    }

    private static SubjectLabels read() {
        try (InputStream in = SubjectLabels.class.getResourceAsStream(RESOURCE)) {
            return new SubjectLabels(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .collect(
                            Collectors.toMap(columns -> columns[0], columns -> new String[] {columns[1], columns[2]})));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
