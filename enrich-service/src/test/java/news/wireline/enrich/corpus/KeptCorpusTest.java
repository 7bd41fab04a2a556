package news.wireline.enrich.corpus;

import static news.wireline.enrich.corpus.CorpusStories.enriched;
import static news.wireline.enrich.corpus.CorpusStories.minute;
import static news.wireline.enrich.corpus.CorpusStories.place;
import static news.wireline.enrich.corpus.CorpusStories.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.wireline.events.StoryId;
import news.wireline.local.BoundSettings;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A corpus kept in a directory comes back from it whole, with the offsets it held, or starts empty saying why. */
@ExtendWith(OutputCaptureExtension.class)
class KeptCorpusTest {

    @TempDir
    Path kept;

    @TempDir
    Path elsewhere;

    @Test
    void reopensWithEveryVersionAndTheOffsetsItHeldWhenClosed() throws Exception {
        try (StoryCorpus corpus = StoryCorpus.open(settings())) {
            corpus.add(enriched("strike", 1, 1, "Dockworkers strike in Rotterdam.", place("Rotterdam")), 0, 0);
            corpus.add(enriched("derby", 1, 2, "Feyenoord win the derby."), 1, 0);
            corpus.add(enriched("strike", 2, 4, "Dockworkers end the strike in Rotterdam."), 0, 1);
            corpus.add(withdrawn("derby", 2, 5), 1, 1);
            corpus.add(enriched("own", 1, 6, "Nurses strike in Lisbon."));
        }

        try (StoryCorpus reopened = StoryCorpus.open(settings())) {
            assertThat(reopened.offsets()).isEqualTo(Map.of(0, 2L, 1, 2L));
            assertThat(reopened.contains(StoryId.of("strike"), 2)).isTrue();
            assertThat(reopened.contains(StoryId.of("derby"), 2)).isTrue();
            try (CorpusView before = reopened.asOf(minute(3));
                    CorpusView after = reopened.asOf(minute(7))) {
                assertThat(before.documents()).isEqualTo(2);
                assertThat(before.entityFrequency("PLACE:Rotterdam")).isEqualTo(1);
                assertThat(after.documents())
                        .as("strike v2 and own; derby withdrawn")
                        .isEqualTo(2);
                assertThat(after.documentFrequency("end")).isEqualTo(1);
                assertThat(after.entityFrequency("PLACE:Rotterdam")).isZero();
            }
            // a timeline read back from disk still takes a later version in its place
            reopened.add(enriched("strike", 3, 8, "Dockworkers back at work."), 0, 2);
            try (CorpusView later = reopened.asOf(minute(9))) {
                assertThat(later.documentFrequency("end")).isZero();
                assertThat(later.documents()).isEqualTo(2);
            }
        }
        assertThat(subdirectories()).containsExactly("instance-0");
    }

    @Test
    void aSecondInstanceOnTheSameDirectoryKeepsAnIndexOfItsOwn() throws Exception {
        try (StoryCorpus first = StoryCorpus.open(settings());
                StoryCorpus second = StoryCorpus.open(settings())) {
            first.add(enriched("strike", 1, 1, "Dockworkers strike."), 0, 0);
            second.add(enriched("derby", 1, 2, "Feyenoord win."), 1, 0);
        }
        assertThat(subdirectories()).containsExactly("instance-0", "instance-1");
        try (StoryCorpus again = StoryCorpus.open(settings())) {
            assertThat(again.offsets()).isEqualTo(Map.of(0, 1L));
        }
    }

    @Test
    void aCommitMadeWhileRunningHoldsWhatWasAddedBeforeIt() throws Exception {
        try (StoryCorpus corpus = StoryCorpus.open(settings())) {
            corpus.add(enriched("strike", 1, 1, "Dockworkers strike."), 0, 0);
            corpus.commit();
            try (StoryCorpus copy = StoryCorpus.open(BoundSettings.of(
                    CorpusSettings.class, "directory=" + copyOf("instance-0"), "commit-interval=1h"))) {
                assertThat(copy.offsets()).isEqualTo(Map.of(0, 1L));
                assertThat(copy.contains(StoryId.of("strike"), 1)).isTrue();
            }
        }
    }

    @Test
    void aCorruptedIndexIsEmptiedWithAWarningNamingTheCause(CapturedOutput output) throws Exception {
        try (StoryCorpus corpus = StoryCorpus.open(settings())) {
            corpus.add(enriched("strike", 1, 1, "Dockworkers strike."), 0, 0);
        }
        Path segments = onlyFile(kept.resolve("instance-0"), "segments_");
        Files.write(segments, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        try (StoryCorpus reopened = StoryCorpus.open(settings())) {
            assertThat(reopened.offsets()).isEmpty();
            assertThat(reopened.contains(StoryId.of("strike"), 1)).isFalse();
        }
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> line.contains("WARN")
                                && line.contains(
                                        "cannot be used, so it is emptied and the enriched topic read from its start")
                                && line.contains("IndexFormatTooOldException")))
                .hasSize(1);
    }

    @Test
    void aCopyMissingOneOfItsFilesIsEmptiedWithAWarningNamingTheFile(CapturedOutput output) throws Exception {
        try (StoryCorpus corpus = StoryCorpus.open(settings())) {
            corpus.add(enriched("strike", 1, 1, "Dockworkers strike."), 0, 0);
        }
        Path segmentInfo = onlyFile(kept.resolve("instance-0"), "_0.si");
        Files.delete(segmentInfo);

        try (StoryCorpus reopened = StoryCorpus.open(settings())) {
            assertThat(reopened.offsets()).isEmpty();
            assertThat(reopened.contains(StoryId.of("strike"), 1)).isFalse();
        }
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> line.contains("WARN")
                                && line.contains("cannot be used, so it is emptied")
                                && line.contains("NoSuchFileException")
                                && line.contains("_0.si")))
                .hasSize(1);
    }

    @Test
    void anIndexLaidOutOtherwiseIsEmptiedWithAWarning(CapturedOutput output) throws Exception {
        Path instance = Files.createDirectories(kept.resolve("instance-0"));
        try (IndexWriter other =
                new IndexWriter(FSDirectory.open(instance), new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            other.setLiveCommitData(Map.of("layout", "0", "offset.0", "7").entrySet());
            other.commit();
        }

        try (StoryCorpus reopened = StoryCorpus.open(settings())) {
            assertThat(reopened.offsets()).isEmpty();
        }
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> line.contains("WARN")
                                && line.contains("the index is laid out as 0, not as " + CorpusIndex.LAYOUT)))
                .hasSize(1);
    }

    @Test
    void startingOverEmptiesTheKeptIndexToo() throws Exception {
        try (StoryCorpus corpus = StoryCorpus.open(settings())) {
            corpus.add(enriched("strike", 1, 1, "Dockworkers strike."), 0, 0);
            corpus.startOver("the topic was recreated");
            assertThat(corpus.contains(StoryId.of("strike"), 1)).isFalse();
            corpus.add(enriched("derby", 1, 2, "Feyenoord win."), 0, 0);
        }
        try (StoryCorpus reopened = StoryCorpus.open(settings())) {
            assertThat(reopened.offsets()).isEqualTo(Map.of(0, 1L));
            assertThat(reopened.contains(StoryId.of("strike"), 1)).isFalse();
            assertThat(reopened.contains(StoryId.of("derby"), 1)).isTrue();
        }
    }

    private CorpusSettings settings() {
        return BoundSettings.of(CorpusSettings.class, "directory=" + kept, "commit-interval=1h");
    }

    private List<String> subdirectories() throws Exception {
        try (Stream<Path> entries = Files.list(kept)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private Path copyOf(String instance) throws Exception {
        Path target = Files.createDirectories(elsewhere.resolve("instance-0"));
        try (Stream<Path> files = Files.list(kept.resolve(instance))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target.getParent();
    }

    private static Path onlyFile(Path directory, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .reduce((one, two) -> {
                        throw new AssertionError("more than one " + prefix + " file: " + one + ", " + two);
                    })
                    .orElseThrow();
        }
    }
}
