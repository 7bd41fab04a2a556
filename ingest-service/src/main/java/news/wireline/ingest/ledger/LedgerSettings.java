package news.wireline.ingest.ledger;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param stateDir      where the decider keeps its RocksDB store; kept across restarts (a volume),
 *                      since without it a start restores every story from the changelog topic
 * @param answerTimeout how long a door waits for its story's decision before answering 503
 */
@ConfigurationProperties("wireline.ingest.ledger")
public record LedgerSettings(
        @DefaultValue(".wireline/ingest-state") Path stateDir,
        @DefaultValue("10s") Duration answerTimeout) {}
