package news.wireline.publish;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import news.wireline.publish.store.StoryWriter;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a test of the running service over HTTP needs: a {@link Reader} pointed at it, stories
 * stored as the service's clock stands, and the JSON it answers read back. A bean of every
 * {@link PublishServiceTest} context: autowire it.
 */
public final class SiteFixture {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final Reader reader;
    private final StoryWriter writer;
    private final TestClock clock;

    SiteFixture(Environment environment, StoryWriter writer, TestClock clock) {
        this.reader = new Reader(environment);
        this.writer = writer;
        this.clock = clock;
    }

    public Reader reader() {
        return reader;
    }

    /** The service's time, to the microsecond the database keeps. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Stores the story as enriched, now. */
    public void store(Stories story) {
        store(story, now());
    }

    public void store(Stories story, Instant at) {
        writer.store(story.enriched(), null, at);
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** The text of each element of a JSON array. */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** The text of one field of each element of a JSON array: {@code strings(tags, "name")}. */
    public static List<String> strings(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.get(field).asString()));
        return values;
    }
}
