package news.wireline.ingest.parse;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import news.wireline.events.RejectCode;
import news.wireline.events.Story;
import news.wireline.events.StoryRejectedException;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Property: whatever bytes arrive under whatever content type, {@link StoryParser#read} answers
 * with a story that has a headline (and, unless it is a kill, a body), every part within its
 * limit, or with a rejection a desk can act on; never another exception, never an internal-error
 * rejection.
 *
 * <p>Each generator gets {@value #TRIES} tries from a fixed seed, so every run checks the same
 * inputs and a failure reproduces; {@code -Dwireline.parser.seed=N} explores other inputs. A
 * failing input is shrunk before it is reported, so the report shows what matters.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StoryParserPropertiesTest {

    private static final int TRIES = 1_500;
    private static final long SEED = Long.getLong("wireline.parser.seed", 20_260_314L);
    private static final int MAX_SHRINK_STEPS = 2_000;

    private final StoryParser parser = new StoryParser(200_000);

    @ParameterizedTest(name = "{0}")
    @EnumSource(RandomInputs.class)
    void answersEveryInputWithAStoryOrADeskFacingRejection(RandomInputs inputs) {
        Random random = new Random(SEED + inputs.ordinal());
        for (int i = 0; i < TRIES; i++) {
            byte[] body = inputs.next(random);
            String contentType = RandomInputs.pick(random, RandomInputs.CONTENT_TYPES);
            if (violation(body, contentType).isPresent()) {
                byte[] smallest = shrink(body, contentType);
                fail("try %d of %s with seed %d, content type %s: %s%nshrunk body: %s"
                        .formatted(
                                i,
                                inputs,
                                SEED,
                                contentType,
                                violation(smallest, contentType).orElseThrow(),
                                new String(smallest, StandardCharsets.UTF_8)));
            }
        }
    }

    /** What is wrong with the parser's answer to this input, or empty when the answer is fine. */
    private Optional<String> violation(byte[] body, String contentType) {
        try {
            ParsedStory parsed = parser.read(body, contentType);
            if (parsed.story().headline() == null || parsed.story().headline().isBlank()) {
                return Optional.of("story without headline: " + parsed);
            }
            if (parsed.story().body().stream().anyMatch(String::isBlank)) {
                return Optional.of("blank body paragraph: " + parsed);
            }
            boolean bodyRequired = !parsed.release().isWithdrawn();
            if (bodyRequired && parsed.story().body().isEmpty()) {
                return Optional.of("usable story without body: " + parsed);
            }
            return overLimit(parsed).map(part -> "accepted with " + part + " over its limit");
        } catch (StoryRejectedException rejected) {
            boolean actionable = rejected.code() != null
                    && rejected.code() != RejectCode.PROCESSING_FAILED
                    && rejected.getMessage() != null
                    && !rejected.getMessage().isBlank();
            return actionable
                    ? Optional.empty()
                    : Optional.of("rejected as %s: %s, cause: %s"
                            .formatted(rejected.code(), rejected.getMessage(), rejected.getCause()));
        } catch (RuntimeException | StackOverflowError unexpected) {
            return Optional.of("escaped: " + unexpected);
        }
    }

    /**
     * The first part of an accepted story longer than docs/ingest.md allows, or empty. The limits are
     * written out here, not read from FieldLimits, so a limit changed in one place only fails the test.
     */
    private static Optional<String> overLimit(ParsedStory parsed) {
        Story story = parsed.story();
        Map<String, Boolean> over = new LinkedHashMap<>();
        over.put("headline", length(story.headline()) > 300);
        over.put("section", length(story.section()) > 64);
        over.put("id", length(parsed.externalId()) > 1_000);
        over.put("language", length(story.language()) > 35);
        over.put("paragraphs", story.body().size() > 2_000);
        over.put("a paragraph", story.body().stream().anyMatch(paragraph -> length(paragraph) > 20_000));
        over.put(
                "images",
                story.images().size() > 50
                        || story.images().stream()
                                .anyMatch(image -> length(image.caption()) > 2_000 || length(image.credit()) > 200));
        over.put(
                "teasers",
                story.teasers().size() > 20
                        || story.teasers().stream()
                                .anyMatch(
                                        teaser -> length(teaser.headline()) > 300 || length(teaser.summary()) > 1_000));
        over.put(
                "byline",
                story.byline() != null
                        && (story.byline().authors().size() > 20
                                || length(story.byline().desk()) > 100
                                || story.byline().authors().stream().anyMatch(author -> length(author) > 100)));
        return over.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Cuts ever smaller slices out of a failing input while it keeps failing. */
    private byte[] shrink(byte[] body, String contentType) {
        byte[] smallest = body;
        int steps = 0;
        for (int slice = smallest.length / 2; slice > 0 && steps < MAX_SHRINK_STEPS; slice /= 2) {
            for (int at = 0; at + slice <= smallest.length && steps < MAX_SHRINK_STEPS; steps++) {
                byte[] candidate = new byte[smallest.length - slice];
                System.arraycopy(smallest, 0, candidate, 0, at);
                System.arraycopy(smallest, at + slice, candidate, at, smallest.length - at - slice);
                if (violation(candidate, contentType).isPresent()) {
                    smallest = candidate;
                } else {
                    at += slice;
                }
            }
        }
        return smallest;
    }
}
