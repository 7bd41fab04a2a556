package news.wireline.ingest.ledger;

import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.ingest.ledger.StoryLedger.Claim;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryLedgerTest {

    static final StoryId STORY = StoryId.of("wl-flood");

    final StoryLedger ledger = new StoryLedger();

    @Test
    void newStoryGetsVersionOne() {
        Claim claim = ledger.claim(STORY, "hash-a");

        assertThat(claim.duplicate()).isFalse();
        assertThat(claim.version()).isEqualTo(1);
    }

    @Test
    void sameContentAgainIsDuplicateOfCurrentVersion() {
        ledger.claim(STORY, "hash-a");

        Claim again = ledger.claim(STORY, "hash-a");

        assertThat(again.duplicate()).isTrue();
        assertThat(again.version()).isEqualTo(1);
    }

    @Test
    void changedContentGetsNextVersion() {
        ledger.claim(STORY, "hash-a");

        Claim changed = ledger.claim(STORY, "hash-b");

        assertThat(changed.duplicate()).isFalse();
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void releasedClaimLetsTheSameStoryBeSentAgain() {
        Claim failedSend = ledger.claim(STORY, "hash-a");

        ledger.release(failedSend);

        Claim retry = ledger.claim(STORY, "hash-a");
        assertThat(retry.duplicate()).isFalse();
        assertThat(retry.version()).isEqualTo(1);
    }

    @Test
    void releaseRestoresThePreviousVersion() {
        ledger.claim(STORY, "hash-a");
        ledger.release(ledger.claim(STORY, "hash-b"));

        assertThat(ledger.claim(STORY, "hash-a").duplicate()).isTrue();
    }

    @Test
    void storyIngestedByAnotherInstanceIsKnownHere() {
        ledger.record(ingested(3, "hash-c"));

        assertThat(ledger.claim(STORY, "hash-c").duplicate()).isTrue();
        assertThat(ledger.claim(STORY, "hash-d").version()).isEqualTo(4);
    }

    @Test
    void olderVersionSeenLateDoesNotWindTheLedgerBack() {
        ledger.record(ingested(3, "hash-c"));
        ledger.record(ingested(2, "hash-b"));

        assertThat(ledger.claim(STORY, "hash-c").duplicate()).isTrue();
    }

    private static StoryIngested ingested(int version, String hash) {
        Story story = new Story("Flood", null, null, List.of(), List.of("Water rose."), List.of(), null, null);
        return new StoryIngested(StoryIngested.SCHEMA_VERSION, STORY, version, "desk", hash, Release.usable(), story,
                Timeline.receivedAt(Instant.EPOCH));
    }
}
