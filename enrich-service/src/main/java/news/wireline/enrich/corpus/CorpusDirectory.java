package news.wireline.enrich.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a corpus index not kept across restarts lives (no {@code wireline.enrich.corpus.directory}
 * set): a directory of its own under the temporary directory. An instance
 * that was killed cannot delete its directory, so a new one removes those left behind: a directory
 * whose index lock nobody holds (the operating system releases a dead process's lock) and that is
 * old enough not to be one another instance has only just created.
 */
final class CorpusDirectory {

    private static final Logger log = LoggerFactory.getLogger(CorpusDirectory.class);
    private static final String PREFIX = "wireline-corpus-";
    private static final Duration SETTLED = Duration.ofMinutes(1);

    private CorpusDirectory() {}

    static Path create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static Path create(Path tmp) throws IOException {
        removeAbandoned(tmp);
        return Files.createTempDirectory(tmp, PREFIX);
    }

    private static void removeAbandoned(Path tmp) {
        Instant settled = Instant.now().minus(SETTLED);
        try (Stream<Path> entries = Files.list(tmp)) {
            entries.filter(dir -> dir.getFileName().toString().startsWith(PREFIX))
                    .filter(dir -> modifiedBefore(dir, settled))
                    .filter(CorpusDirectory::unlocked)
                    .forEach(CorpusDirectory::remove);
        } catch (IOException e) {
            log.warn("could not look for abandoned corpus directories in {}", tmp, e);
        }
    }

    private static boolean modifiedBefore(Path dir, Instant instant) {
        try {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean unlocked(Path dir) {
        try (Directory directory = FSDirectory.open(dir);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return true;
        } catch (IOException e) {
            // LockObtainFailedException: an instance holds it
            return false;
        }
    }

    private static void remove(Path dir) {
        try {
            IOUtils.rm(dir);
            log.info("removed the corpus directory {} an instance that stopped without closing left behind", dir);
        } catch (IOException e) {
            log.warn("could not remove the abandoned corpus directory {}", dir, e);
        }
    }
}
