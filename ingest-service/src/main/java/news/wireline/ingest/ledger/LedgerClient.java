package news.wireline.ingest.ledger;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import news.wireline.events.IntakeDecision;
import news.wireline.events.IntakeRequest;
import news.wireline.events.Topics;
import news.wireline.kafka.StoryEventSender;

/**
 * How a door asks for a story's decision: it writes the request to the intake topic, where the
 * owner of the story's partition decides it, and waits for the decision to come back committed.
 * Any instance may take any story; none decides one it does not own.
 */
public class LedgerClient implements Ledger {

    private final StoryEventSender sender;
    private final DecisionReplies replies;
    private final Duration answerTimeout;
    private final Map<String, CompletableFuture<IntakeDecision>> waiting = new ConcurrentHashMap<>();

    LedgerClient(StoryEventSender sender, DecisionReplies replies, LedgerSettings settings) {
        this.sender = sender;
        this.replies = replies;
        this.answerTimeout = settings.answerTimeout();
        replies.onDecision(decision -> {
            CompletableFuture<IntakeDecision> door = waiting.remove(decision.requestId());
            if (door != null) {
                door.complete(decision);
            }
        });
    }

    /** A request id for one attempt: a re-send after a lost answer is a new request, decided as a duplicate. */
    public static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** Blocks until the decision for this request is committed; 503 material when it does not come in time. */
    @Override
    public IntakeDecision decide(IntakeRequest request) {
        if (!replies.isListening()) {
            throw new LedgerUnavailableException("ingest is not yet reading decisions; send the story again shortly");
        }
        CompletableFuture<IntakeDecision> decision = new CompletableFuture<>();
        waiting.put(request.requestId(), decision);
        try {
            sender.send(Topics.INTAKE, request.id(), request, request.desk(), request.traceId());
            return decision.get(answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LedgerUnavailableException(
                    "story " + request.id() + " was not decided within " + answerTimeout.toSeconds()
                            + " s; send it again (a re-send of what was taken is answered as a duplicate)");
        } catch (ExecutionException e) {
            throw new LedgerUnavailableException("story " + request.id() + " was not decided: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("interrupted while waiting for story " + request.id());
        } finally {
            waiting.remove(request.requestId());
        }
    }

    /** No decision came back: the desk should send again, a raw record waits as for any outage. */
    public static class LedgerUnavailableException extends RuntimeException {
        LedgerUnavailableException(String message) {
            super(message);
        }
    }
}
