package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the corpus index kept on disk, and says which enriched-topic offsets its last commit holds
 * (in the commit's user data, written in the same commit as the documents, so the two always
 * agree). Instances that share the configured directory (a scaled-out service on one volume) each
 * claim the first {@code instance-N} subdirectory whose index lock nobody holds. An index that
 * cannot be opened or whose commit data cannot be read is emptied, with a WARN naming the cause:
 * the topic is then read from its start, which is slow but never wrong.
 */
final class CorpusIndex {

    private static final Logger log = LoggerFactory.getLogger(CorpusIndex.class);
    /** Raise it whenever {@link CorpusDocuments} lays out a story differently: an index laid out otherwise is rebuilt. */
    static final String LAYOUT = "1";

    private static final String LAYOUT_KEY = "layout";
    private static final String OFFSET_KEY = "offset.";
    private static final int MAX_INSTANCES = 1_000;

    /** An open index: where it is, its writer, the offsets its last commit holds, and whether it is kept on close. */
    record Opened(Path directory, IndexWriter writer, Map<Integer, Long> offsets, boolean kept) {}

    private CorpusIndex() {}

    static IndexWriter writer(Path directory, OpenMode mode) throws IOException {
        // The small segments every refresh flushes stay in memory until merged, as Lucene advises for
        // near-real-time search, and a refresh does not wait for them to be merged: Lucene's default
        // waits up to 500 ms, once a story here.
        return new IndexWriter(
                new NRTCachingDirectory(new MMapDirectory(directory), 4, 32),
                new IndexWriterConfig(new WhitespaceAnalyzer())
                        .setOpenMode(mode)
                        .setMaxFullFlushMergeWaitMillis(0)
                        .setCommitOnClose(false));
    }

    /** A new index in a directory of its own under the temporary directory, deleted on close. */
    static Opened temporary() {
        try {
            Path directory = CorpusDirectory.create();
            return new Opened(directory, writer(directory, OpenMode.CREATE), Map.of(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the corpus index in the temporary directory", e);
        }
    }

    /** Opens the first unclaimed instance directory under {@code parent}, creating it if need be. */
    static Opened claim(Path parent) throws IOException {
        for (int instance = 0; instance < MAX_INSTANCES; instance++) {
            Path directory = parent.resolve("instance-" + instance);
            Files.createDirectories(directory);
            try {
                return open(directory);
            } catch (LockObtainFailedException e) {
                log.debug("corpus index {} is held by another instance", directory);
            }
        }
        throw new IOException("all " + MAX_INSTANCES + " corpus index directories under " + parent + " are held");
    }

    private static Opened open(Path directory) throws IOException {
        if (!exists(directory)) {
            log.info("no corpus index in {} yet: the enriched topic is read from its start", directory);
            return new Opened(directory, writer(directory, OpenMode.CREATE), Map.of(), true);
        }
        IndexWriter writer = null;
        try {
            writer = writer(directory, OpenMode.APPEND);
            // opening a reader reads every segment's metadata and checks its files' headers: a bad copy fails here
            DirectoryReader.open(writer).close();
            Map<Integer, Long> offsets = offsets(writer.getLiveCommitData());
            log.info(
                    "corpus index {} opened: {} versions, enriched-topic offsets {}",
                    directory,
                    writer.getDocStats().numDocs,
                    offsets);
            return new Opened(directory, writer, offsets, true);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            log.warn(
                    "corpus index {} cannot be used, so it is emptied and the enriched topic read from its start: {}",
                    directory,
                    causes(e),
                    e);
            empty(directory);
            return new Opened(directory, writer(directory, OpenMode.CREATE), Map.of(), true);
        }
    }

    /** The exception and its causes on one line: Lucene wraps the missing file of a bad copy in a corruption error. */
    private static String causes(Throwable e) {
        StringBuilder line = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            line.append(", caused by ").append(cause);
        }
        return line.toString();
    }

    private static boolean exists(Path directory) throws IOException {
        try (Directory files = FSDirectory.open(directory)) {
            return DirectoryReader.indexExists(files);
        }
    }

    /** Deletes every file of the index but its lock, holding the lock so no other instance opens it meanwhile. */
    private static void empty(Path directory) throws IOException {
        try (Directory files = FSDirectory.open(directory);
                Lock lock = files.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : files.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    files.deleteFile(file);
                }
            }
        }
    }

    static Map<String, String> commitData(Map<Integer, Long> offsets) {
        Map<String, String> data = new HashMap<>();
        data.put(LAYOUT_KEY, LAYOUT);
        offsets.forEach((partition, offset) -> data.put(OFFSET_KEY + partition, Long.toString(offset)));
        return data;
    }

    private static Map<Integer, Long> offsets(Iterable<Map.Entry<String, String>> commitData) throws IOException {
        Map<String, String> data = new HashMap<>();
        if (commitData != null) {
            commitData.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        if (!LAYOUT.equals(data.get(LAYOUT_KEY))) {
            throw new IOException("the index is laid out as " + data.get(LAYOUT_KEY) + ", not as " + LAYOUT);
        }
        Map<Integer, Long> offsets = new HashMap<>();
        for (Map.Entry<String, String> entry : data.entrySet()) {
            if (entry.getKey().startsWith(OFFSET_KEY)) {
                try {
                    offsets.put(
                            Integer.parseInt(entry.getKey().substring(OFFSET_KEY.length())),
                            Long.parseLong(entry.getValue()));
                } catch (NumberFormatException e) {
                    throw new IOException("unreadable offset in commit data: " + entry, e);
                }
            }
        }
        return Map.copyOf(offsets);
    }
}
