/**
 * How a change to the feed store becomes an event on the topics, once.
 *
 * <p>Public face: {@link news.wireline.publish.outbox.Outbox}, which the store calls inside the
 * transaction of each change, and {@link news.wireline.publish.outbox.PublishedLog}, the sent
 * events in order, which the live stream reads.
 *
 * <p>The work flows: {@code RelaySchedule} runs {@code OutboxRelay} on every instance; the one
 * that takes the lock ({@code OutboxRows}, which holds all the outbox's SQL) first has
 * {@code Reconciliation} mark the entries {@code SentEventsReader} finds on the published topic
 * already ({@code FoundEntry}), then has {@code BatchSender} write the rest in one Kafka
 * transaction, each in its story's trace ({@code StoryTrace}), and marks them sent.
 */
@NullMarked
package news.wireline.publish.outbox;

import org.jspecify.annotations.NullMarked;
