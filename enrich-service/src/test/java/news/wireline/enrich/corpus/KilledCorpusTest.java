package news.wireline.enrich.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import news.wireline.events.StoryId;
import news.wireline.local.BoundSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A kept corpus whose JVM is killed (SIGKILL) while it adds and commits opens at its last commit:
 * the offsets there are never ahead of the documents, so a restart reading from them misses nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class KilledCorpusTest {

    private static final int KILLED_AFTER = 400;

    @TempDir
    Path kept;

    @Test
    void aCorpusKilledMidWriteOpensAtItsLastCommitWithEveryStoryBeforeItsOffsets(CapturedOutput output)
            throws Exception {
        Process writer = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        // surefire names the real classpath here when the JVM was started from a manifest jar
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                        KilledCorpusWriter.class.getName(),
                        kept.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ADDED " + KILLED_AFTER)) {
                // read on until the writer has gone past its first commit and is adding more
            }
            assertThat(line).as("the writer's progress").isEqualTo("ADDED " + KILLED_AFTER);
        }
        writer.destroyForcibly(); // SIGKILL: no close, no final commit
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (StoryCorpus reopened =
                StoryCorpus.open(BoundSettings.of(CorpusSettings.class, "directory=" + kept, "commit-interval=1h"))) {
            long next = reopened.offsets().get(0);
            assertThat(next).isGreaterThanOrEqualTo(KilledCorpusWriter.FIRST_COMMIT);
            for (int offset = 0; offset < next; offset++) {
                assertThat(reopened.contains(StoryId.of("killed-" + offset), 1))
                        .as("story at offset " + offset + " of " + next)
                        .isTrue();
            }
        }
        assertThat(output.getAll()).doesNotContain("cannot be used, so it is emptied");
    }
}
