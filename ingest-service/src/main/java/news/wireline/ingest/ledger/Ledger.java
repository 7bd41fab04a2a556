package news.wireline.ingest.ledger;

import news.wireline.events.IntakeDecision;
import news.wireline.events.IntakeRequest;

/** Where a door gets its story decided: by the owner of the story's partition, over Kafka ({@link LedgerClient}). */
public interface Ledger {

    /** Returns once the decision, and the ingested event it made if any, is committed. */
    IntakeDecision decide(IntakeRequest request);
}
