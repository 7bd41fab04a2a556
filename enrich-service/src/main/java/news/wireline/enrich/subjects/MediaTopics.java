package news.wireline.enrich.subjects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.wireline.enrich.terms.StoryTerms;
import org.jspecify.annotations.Nullable;

/** The IPTC Media Topics we classify into, read once from {@code /subjects/media-topics.tsv}. */
final class MediaTopics {

    private static final String RESOURCE = "/subjects/media-topics.tsv";

    private final Map<String, MediaTopic> byCode;

    private MediaTopics(Map<String, MediaTopic> byCode) {
        this.byCode = byCode;
    }

    static MediaTopics bundled() {
        try (InputStream in = MediaTopics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing subject resource " + RESOURCE);
            }
            Map<String, MediaTopic> topics = new LinkedHashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(MediaTopics::topic)
                    .forEach(topic -> topics.put(topic.code(), topic));
            topics.values().stream()
                    .filter(topic -> !topic.topLevel() && !topics.containsKey(topic.parent()))
                    .findAny()
                    .ifPresent(orphan -> {
                        throw new IllegalStateException(
                                "Media topic " + orphan.code() + " has unknown parent " + orphan.parent());
                    });
            return new MediaTopics(Map.copyOf(topics));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    List<MediaTopic> all() {
        return List.copyOf(byCode.values());
    }

    @Nullable MediaTopic get(String code) {
        return byCode.get(code);
    }

    private static MediaTopic topic(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 4) {
            throw new IllegalStateException("Media topic line needs 4 tab-separated columns: " + line);
        }
        List<List<String>> triggers = Arrays.stream(columns[3].split("\\|"))
                .map(String::strip)
                .filter(trigger -> !trigger.isEmpty())
                .map(StoryTerms::analyse)
                .filter(terms -> !terms.isEmpty())
                .toList();
        return new MediaTopic(columns[0], columns[1], columns[2].isEmpty() ? null : columns[2], triggers);
    }
}
