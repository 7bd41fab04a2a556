package news.wireline.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Our own test stories, in the wire layout, with the headline made unique per test so tests never collide. */
final class TestStories {

    static final String PORT_STRIKE = "port-strike.txt";
    static final String PORT_STRIKE_TALKS = "port-strike-talks.txt";

    private TestStories() {}

    static String load(String name) {
        try (InputStream in = TestStories.class.getResourceAsStream("/stories/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The story with its headline (both places the page shows it) replaced. */
    static String withHeadline(String story, String headline) {
        String original = story.lines().skip(2).findFirst().orElseThrow();
        return story.replace(original, headline);
    }
}
