package news.wireline.ingest.intake;

import news.wireline.events.StoryIngested;
import news.wireline.kafka.DependencyOutage;
import news.wireline.kafka.LogReplica;
import org.springframework.stereotype.Component;

/**
 * Holds stories back until this instance's ledger has read every story ingested before it
 * started. Deciding sooner could take a desk's re-send, after a crash lost its answer, for a new
 * story, and emit it a second time. Over HTTP the desk is told to send again (503); a raw-topic
 * record waits, as for any outage, rather than being dead-lettered.
 */
@Component
class LedgerCatchingUp implements DependencyOutage {

    private final LogReplica<StoryIngested> ledgerReplica;

    LedgerCatchingUp(LogReplica<StoryIngested> ledgerReplica) {
        this.ledgerReplica = ledgerReplica;
    }

    void requireCaughtUp() {
        if (!ledgerReplica.isCaughtUp()) {
            throw new LedgerNotReadyException();
        }
    }

    @Override
    public boolean isOutage(Throwable cause) {
        return cause instanceof LedgerNotReadyException;
    }

    static class LedgerNotReadyException extends RuntimeException {
        LedgerNotReadyException() {
            super("ingest is still reading which stories it already has; send the story again shortly");
        }
    }
}
