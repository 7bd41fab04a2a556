package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import news.wireline.events.RejectCode;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Test;

/**
 * Whatever arrives, the parser answers with a story that has a headline and a body, or a
 * rejection a desk can act on; never another exception and never an internal-error rejection.
 * A fixed seed keeps any failure reproducible.
 */
class ParserRobustnessTest {

    private static final int ITERATIONS = 1_500;
    private static final String[] CONTENT_TYPES = {null, "text/plain", "application/json"};
    private static final String[] NOISE_LINES = {
            "Article image", "Avatar", "Read more", "Show More", "News Feed", "3 min read", "By Jane Doe and John Roe",
            "(AFP)", "A caption (Photo: X / Y)", "…", "...", "(", ")", "{", "}", "[", "\"", "<p>", "&#x110000;", "Новини", "desk",
            "Short headline-like line", "A paragraph that ends with a full stop."};

    private final StoryParser parser = new StoryParser(200_000);
    private final Random random = new Random(20_250_101L);
    private final List<byte[]> fixtures = Stream.concat(Fixtures.PLAIN_TEXT_STORIES.stream(), Fixtures.JSON_STORIES.stream())
            .map(Fixtures::bytes)
            .toList();

    @Test
    void survivesRandomBytes() {
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[0] = (byte) (random.nextBoolean() ? '{' : 'A');
            }
            assertStoryOrRejection(bytes);
        }
    }

    @Test
    void survivesShuffledFixtureLines() {
        for (int i = 0; i < ITERATIONS; i++) {
            List<String> lines = lines(pick());
            Collections.shuffle(lines, random);
            assertStoryOrRejection(join(lines));
        }
    }

    @Test
    void survivesTruncatedFixtures() {
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] fixture = pick();
            int from = random.nextInt(4) == 0 ? random.nextInt(fixture.length) : 0;
            int to = from + random.nextInt(fixture.length - from + 1);
            assertStoryOrRejection(Arrays.copyOfRange(fixture, from, to));
        }
    }

    @Test
    void survivesDeletedDuplicatedAndInjectedLines() {
        for (int i = 0; i < ITERATIONS; i++) {
            List<String> lines = lines(pick());
            for (int edit = random.nextInt(8); edit > 0 && !lines.isEmpty(); edit--) {
                int at = random.nextInt(lines.size());
                switch (random.nextInt(4)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                    case 2 -> lines.add(at, NOISE_LINES[random.nextInt(NOISE_LINES.length)]);
                    default -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                }
            }
            assertStoryOrRejection(join(lines));
        }
    }

    private void assertStoryOrRejection(byte[] body) {
        String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        try {
            Story story = parser.parse(body, contentType);
            assertThat(story.headline()).as(describe(body, contentType)).isNotBlank();
            assertThat(story.body()).as(describe(body, contentType)).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
        } catch (StoryRejectedException rejected) {
            assertThat(rejected.code()).as(describe(body, contentType)).isNotNull().isNotEqualTo(RejectCode.PROCESSING_FAILED);
            assertThat(rejected.getMessage()).as(describe(body, contentType)).isNotBlank();
        } catch (RuntimeException | StackOverflowError unexpected) {
            fail("%s escaped for %s".formatted(unexpected, describe(body, contentType)), unexpected);
        }
    }

    private byte[] pick() {
        return fixtures.get(random.nextInt(fixtures.size()));
    }

    private static List<String> lines(byte[] fixture) {
        return new ArrayList<>(List.of(new String(fixture, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(byte[] body, String contentType) {
        String text = new String(body, StandardCharsets.UTF_8);
        return "content type %s, body: %s".formatted(contentType, text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
}
