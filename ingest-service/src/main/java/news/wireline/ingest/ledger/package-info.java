/**
 * Who decides what a story's copy is, and where that is remembered.
 *
 * <p>Public face: {@link news.wireline.ingest.ledger.Ledger} ({@link news.wireline.ingest.ledger.LedgerClient}
 * over Kafka), which the doors call, and {@link news.wireline.ingest.ledger.LedgerSettings}.
 *
 * <p>The work flows: {@code LedgerClient} writes the door's request to the intake topic and waits
 * on {@code DecisionReplies} for its decision; on whichever instance owns the story's partition,
 * {@code LedgerStreams} runs {@code DeciderTopology}, whose {@code Decider} applies
 * {@code StoryLedger}'s rules to the story's {@code StoryEntry} (its versions' {@code Fingerprint}s)
 * in a RocksDB store and writes the ingested event and the decision in one transaction.
 * {@code LedgerConfiguration} wires it and reports readiness as {@code ledger}.
 */
@NullMarked
package news.wireline.ingest.ledger;

import org.jspecify.annotations.NullMarked;
