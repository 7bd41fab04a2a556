package news.wireline.enrich.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void aNewCorpusRemovesOnlyDirectoriesNoInstanceHolds() throws Exception {
        Path abandoned = oldCorpusDirectory("wireline-corpus-killed");
        Path live = oldCorpusDirectory("wireline-corpus-live");
        Path justCreated = Files.createDirectory(tmp.resolve("wireline-corpus-starting"));
        Path unrelated = Files.createDirectory(tmp.resolve("someone-else"));
        makeOld(unrelated);

        try (IndexWriter holder =
                new IndexWriter(FSDirectory.open(live), new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            makeOld(live);
            Path created = CorpusDirectory.create(tmp);

            assertThat(created).exists().isNotIn(abandoned, live, justCreated);
            assertThat(abandoned).doesNotExist();
            assertThat(live).exists();
            assertThat(justCreated).exists();
            assertThat(unrelated).exists();
        }
    }

    private Path oldCorpusDirectory(String name) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(name));
        Files.writeString(dir.resolve("_0.cfs"), "a segment once");
        makeOld(dir);
        return dir;
    }

    private static void makeOld(Path dir) throws Exception {
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }
}
