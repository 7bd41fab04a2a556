package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.parse.StoryParser;
import org.junit.jupiter.api.Test;

/**
 * The corpus against ingest's parser alone: each case gets the outcome it names before the
 * pipeline test relies on it, and the corpus is as large and as varied as the issue asks.
 */
class HostileCorpusTest {

    private static final int INGEST_LIMIT = 512 * 1024;

    private final List<HostileCase> corpus = HostileCorpus.small(HostileInputTest.SEED);

    @Test
    void holdsOverAThousandNamedCasesInEveryCategory() {
        Set<String> names = new HashSet<>();
        corpus.forEach(each -> assertThat(names.add(each.name()))
                .as("unique name " + each.name())
                .isTrue());
        Map<String, Long> perCategory = new TreeMap<>();
        corpus.forEach(each -> perCategory.merge(each.category(), 1L, Long::sum));

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(perCategory)
                .containsOnlyKeys(
                        "sql",
                        "script",
                        "control",
                        "invalid-utf8",
                        "wrong-json-type",
                        "deep-json",
                        "duplicate-keys",
                        "xml-attack",
                        "path-like-id",
                        "odd-content");
        assertThat(corpus).anyMatch(each -> each.door() == HostileCase.Door.KAFKA);
    }

    @Test
    void parserGivesEveryCaseTheOutcomeItNamesUnlessItIsAboutHeaders() {
        StoryParser parser = new StoryParser(INGEST_LIMIT);
        List<String> wrong = new ArrayList<>();
        List<HostileCase> parsedOnly = new ArrayList<>(corpus);
        HostileCorpus.big(HostileInputTest.SEED).stream()
                .filter(each -> each.headers().isEmpty())
                .forEach(parsedOnly::add);
        for (HostileCase each : parsedOnly) {
            String outcome = outcome(parser, each);
            boolean expected = each.expected().accepts()
                    ? outcome.equals("accepted")
                    : each.expected().codes().contains(outcome);
            if (!expected) {
                wrong.add(each.name() + ": expected " + each.expected() + ", got " + outcome);
            } else if (each.expected().accepts()) {
                Story story = parser.read(each.body(), each.contentType()).story();
                each.expected().verbatim().forEach((field, text) -> {
                    if (!text.equals(HostileInputTest.storedText(story, field))) {
                        wrong.add(each.name() + ": " + field + " not kept verbatim: "
                                + HostileInputTest.storedText(story, field));
                    }
                });
                if (HostileInputTest.hasControlCharacter(story.toString())) {
                    wrong.add(each.name() + ": control character kept");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String outcome(StoryParser parser, HostileCase each) {
        // As ingest reads a sent id: too long first, then the wrong characters.
        if (each.storyId() != null && each.storyId().length() > 128) {
            return "TOO_LARGE";
        }
        try {
            if (each.storyId() != null) {
                StoryId.of(each.storyId());
            }
        } catch (IllegalArgumentException e) {
            return "INVALID_FIELD";
        }
        try {
            parser.read(each.body(), each.contentType());
            return "accepted";
        } catch (StoryRejectedException e) {
            return e.code().name();
        }
    }
}
