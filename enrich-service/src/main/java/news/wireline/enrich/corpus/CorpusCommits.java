package news.wireline.enrich.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits of a kept corpus index, each with the next enriched-topic offset of every partition the
 * index holds in Lucene's commit user data. An offset is noted only after its record's document is
 * in the writer, and a commit takes the offsets first and then commits everything the writer holds,
 * so on disk the offsets are never ahead of the documents. A commit may hold a few documents more
 * (added meanwhile, or the instance's own output), which a restart reads again and ignores.
 * An index not kept is never committed: it is thrown away on close.
 */
final class CorpusCommits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CorpusCommits.class);

    private final Path directory;
    private final IndexWriter writer;
    private final boolean kept;
    private final Map<Integer, Long> offsets = new ConcurrentHashMap<>();
    /** Held through a commit, so one taking its offsets before a start-over cannot write them after it. */
    private final Object commitLock = new Object();

    private final @Nullable PeriodicCommits periodic;

    /** An action on the index that may fail. */
    @FunctionalInterface
    interface IndexChange {
        void run() throws IOException;
    }

    CorpusCommits(CorpusIndex.Opened index, Duration interval) {
        this.directory = index.directory();
        this.writer = index.writer();
        this.kept = index.kept();
        offsets.putAll(index.offsets());
        periodic = kept ? new PeriodicCommits(this::commit, interval) : null;
    }

    /** A record of the enriched topic is in the writer now. */
    void read(int partition, long offset) {
        offsets.merge(partition, offset + 1, Math::max);
    }

    Map<Integer, Long> offsets() {
        return Map.copyOf(offsets);
    }

    void commit() {
        if (!kept) {
            return;
        }
        synchronized (commitLock) {
            Map<Integer, Long> held = offsets();
            try {
                writer.setLiveCommitData(CorpusIndex.commitData(held).entrySet());
                writer.commit();
                log.debug("corpus index {} committed at enriched-topic offsets {}", directory, held);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot commit the corpus index in " + directory, e);
            }
        }
    }

    /** Empties the index by {@code emptying}, forgets every offset and commits that. */
    void startOver(IndexChange emptying) throws IOException {
        synchronized (commitLock) {
            emptying.run();
            offsets.clear();
            commit();
        }
    }

    /** Stops the periodic commits and makes the last one. */
    @Override
    public void close() {
        if (periodic != null) {
            periodic.close();
            commit();
        }
    }
}
