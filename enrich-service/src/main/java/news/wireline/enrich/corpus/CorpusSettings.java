package news.wireline.enrich.corpus;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory      where the corpus index is kept across restarts, in a subdirectory per running
 *                       instance ({@code instance-0}, {@code instance-1} ...); when unset (null) the index
 *                       lives in a temporary directory deleted on close, and every start reads the whole
 *                       enriched topic again
 * @param commitInterval how often the index is committed to disk with the enriched-topic offsets it holds:
 *                       at most this much of the topic is read again after a crash (a clean stop commits)
 */
@ConfigurationProperties("wireline.enrich.corpus")
public record CorpusSettings(
        @Nullable Path directory, @DefaultValue("30s") Duration commitInterval) {

    /** The index in a temporary directory, rebuilt at every start. */
    public static CorpusSettings temporary() {
        return new CorpusSettings(null, Duration.ofSeconds(30));
    }
}
