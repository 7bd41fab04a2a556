package news.wireline.ingest.ledger;

import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.ingest.ledger.StoryLedger.Claim;
import news.wireline.ingest.ledger.StoryLedger.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryLedgerTest {

    static final StoryId STORY = StoryId.of("wl-flood");

    final StoryLedger ledger = new StoryLedger();

    @Test
    void newStoryGetsVersionOne() {
        Claim claim = ledger.claim(STORY, "hash-a", null);

        assertThat(claim.outcome()).isEqualTo(Outcome.NEW);
        assertThat(claim.version()).isEqualTo(1);
    }

    @Test
    void sameContentAgainIsDuplicateOfCurrentVersion() {
        ledger.claim(STORY, "hash-a", null);

        Claim again = ledger.claim(STORY, "hash-a", null);

        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.version()).isEqualTo(1);
    }

    @Test
    void changedContentGetsNextVersion() {
        ledger.claim(STORY, "hash-a", null);

        Claim changed = ledger.claim(STORY, "hash-b", null);

        assertThat(changed.outcome()).isEqualTo(Outcome.NEW);
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void releasedClaimLetsTheSameStoryBeSentAgain() {
        Claim failedSend = ledger.claim(STORY, "hash-a", null);

        ledger.release(failedSend);

        Claim retry = ledger.claim(STORY, "hash-a", null);
        assertThat(retry.outcome()).isEqualTo(Outcome.NEW);
        assertThat(retry.version()).isEqualTo(1);
    }

    @Test
    void releaseRestoresThePreviousVersion() {
        ledger.claim(STORY, "hash-a", null);
        ledger.release(ledger.claim(STORY, "hash-b", null));

        assertThat(ledger.claim(STORY, "hash-a", null).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void storyIngestedByAnotherInstanceIsKnownHere() {
        ledger.record(ingested(3, "hash-c"));

        assertThat(ledger.claim(STORY, "hash-c", null).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(ledger.claim(STORY, "hash-d", null).version()).isEqualTo(4);
    }

    @Test
    void olderVersionSeenLateDoesNotWindTheLedgerBack() {
        ledger.record(ingested(3, "hash-c"));
        ledger.record(ingested(2, "hash-b"));

        assertThat(ledger.claim(STORY, "hash-c", null).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void desksOwnVersionNumberIsKept() {
        assertThat(ledger.claim(STORY, "hash-a", 4).version()).isEqualTo(4);
        assertThat(ledger.claim(STORY, "hash-b", 7).version()).isEqualTo(7);
    }

    @Test
    void correctionAtOrBelowCurrentVersionIsStale() {
        ledger.claim(STORY, "hash-a", 3);

        Claim lower = ledger.claim(STORY, "hash-b", 2);
        Claim equal = ledger.claim(STORY, "hash-b", 3);

        assertThat(lower.outcome()).isEqualTo(Outcome.STALE);
        assertThat(equal.outcome()).isEqualTo(Outcome.STALE);
        assertThat(lower.version()).isEqualTo(3);
        assertThat(ledger.claim(STORY, "hash-a", 3).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void staleClaimLeavesTheLedgerAsItWas() {
        ledger.claim(STORY, "hash-a", 3);
        ledger.claim(STORY, "hash-b", 1);

        assertThat(ledger.claim(STORY, "hash-c", null).version()).isEqualTo(4);
    }

    private static StoryIngested ingested(int version, String hash) {
        Story story = new Story("Flood", null, null, List.of(), List.of("Water rose."), List.of(), null, null);
        return new StoryIngested(StoryIngested.SCHEMA_VERSION, STORY, version, "desk", hash, Release.usable(), story,
                Timeline.receivedAt(Instant.EPOCH));
    }
}
