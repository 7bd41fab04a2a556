package news.wireline.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.wireline.events.EarlierVersion;
import news.wireline.events.Release;
import news.wireline.events.Story;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.ingest.ledger.StoryLedger.Claim;
import news.wireline.ingest.ledger.StoryLedger.Copy;
import news.wireline.ingest.ledger.StoryLedger.Outcome;
import org.junit.jupiter.api.Test;

class StoryLedgerTest {

    static final StoryId STORY = StoryId.of("wl-flood");
    static final String DESK = "lisbon-desk";
    static final String OTHER_DESK = "porto-desk";

    final StoryLedger ledger = new StoryLedger();

    @Test
    void newStoryGetsVersionOne() {
        Claim claim = ledger.claim(STORY, copy("hash-a"));

        assertThat(claim.outcome()).isEqualTo(Outcome.NEW);
        assertThat(claim.version()).isEqualTo(1);
    }

    @Test
    void sameContentAgainIsDuplicateOfCurrentVersion() {
        ledger.claim(STORY, copy("hash-a"));

        Claim again = ledger.claim(STORY, copy("hash-a"));

        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.version()).isEqualTo(1);
    }

    @Test
    void changedContentGetsNextVersion() {
        ledger.claim(STORY, copy("hash-a"));

        Claim changed = ledger.claim(STORY, copy("hash-b"));

        assertThat(changed.outcome()).isEqualTo(Outcome.NEW);
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void copyOfAnEarlierVersionIsADuplicateOfThatVersion() {
        ledger.claim(STORY, copy("hash-a"));
        ledger.claim(STORY, copy("hash-b"));
        ledger.claim(STORY, copy("hash-c"));

        Claim first = ledger.claim(STORY, copy("hash-a"));
        Claim second = ledger.claim(STORY, copy("hash-b"));

        assertThat(first.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.version()).isEqualTo(2);
        assertThat(ledger.claim(STORY, copy("hash-d")).version()).isEqualTo(4);
    }

    @Test
    void twoCopiesSentAlternatelyMakeTwoVersionsOnly() {
        for (int i = 0; i < 8; i++) {
            ledger.claim(STORY, copy(i % 2 == 0 ? "hash-a" : "hash-b"));
        }

        assertThat(ledger.claim(STORY, copy("hash-c")).version()).isEqualTo(3);
    }

    @Test
    void releasedClaimLetsTheSameStoryBeSentAgain() {
        Claim failedSend = ledger.claim(STORY, copy("hash-a"));

        ledger.release(failedSend);

        Claim retry = ledger.claim(STORY, copy("hash-a"));
        assertThat(retry.outcome()).isEqualTo(Outcome.NEW);
        assertThat(retry.version()).isEqualTo(1);
    }

    @Test
    void releaseRestoresThePreviousVersion() {
        ledger.claim(STORY, copy("hash-a"));
        ledger.release(ledger.claim(STORY, copy("hash-b")));

        assertThat(ledger.claim(STORY, copy("hash-a")).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(ledger.claim(STORY, copy("hash-b")).version()).isEqualTo(2);
    }

    @Test
    void releasingARefusalChangesNothing() {
        ledger.claim(STORY, copy("hash-a"));

        ledger.release(ledger.claim(STORY, copy("hash-a")));
        ledger.release(ledger.claim(STORY, new Copy(OTHER_DESK, "hash-b", null, false)));

        assertThat(ledger.claim(STORY, copy("hash-a")).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void storyIngestedByAnotherInstanceIsKnownHere() {
        ledger.record(ingested(3, "hash-c", DESK, Release.usable()));

        assertThat(ledger.claim(STORY, copy("hash-c")).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(ledger.claim(STORY, copy("hash-d")).version()).isEqualTo(4);
    }

    @Test
    void olderVersionSeenLateDoesNotWindTheLedgerBack() {
        ledger.record(ingested(3, "hash-c", DESK, Release.usable()));
        ledger.record(ingested(2, "hash-b", DESK, Release.usable()));

        assertThat(ledger.claim(STORY, copy("hash-c")).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(ledger.claim(STORY, copy("hash-b")).version()).isEqualTo(2);
        assertThat(ledger.claim(STORY, copy("hash-e")).version()).isEqualTo(4);
    }

    @Test
    void desksOwnVersionNumberIsKept() {
        assertThat(ledger.claim(STORY, versioned("hash-a", 4)).version()).isEqualTo(4);
        assertThat(ledger.claim(STORY, versioned("hash-b", 7)).version()).isEqualTo(7);
    }

    @Test
    void correctionAtOrBelowCurrentVersionIsStale() {
        ledger.claim(STORY, versioned("hash-a", 3));

        Claim lower = ledger.claim(STORY, versioned("hash-b", 2));
        Claim equal = ledger.claim(STORY, versioned("hash-b", 3));

        assertThat(lower.outcome()).isEqualTo(Outcome.STALE);
        assertThat(equal.outcome()).isEqualTo(Outcome.STALE);
        assertThat(lower.version()).isEqualTo(3);
        assertThat(ledger.claim(STORY, versioned("hash-a", 3)).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void earlierVersionSentAgainWithItsOwnNumberIsADuplicate() {
        ledger.claim(STORY, versioned("hash-a", 1));
        ledger.claim(STORY, versioned("hash-b", 2));

        Claim replay = ledger.claim(STORY, versioned("hash-a", 1));

        assertThat(replay.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(replay.version()).isEqualTo(1);
    }

    @Test
    void staleClaimLeavesTheLedgerAsItWas() {
        ledger.claim(STORY, versioned("hash-a", 3));
        ledger.claim(STORY, versioned("hash-b", 1));

        assertThat(ledger.claim(STORY, copy("hash-c")).version()).isEqualTo(4);
    }

    @Test
    void anotherDesksCorrectionKillOrHighVersionIsRefusedAsNotOwner() {
        ledger.claim(STORY, copy("hash-a"));

        Claim correction = ledger.claim(STORY, new Copy(OTHER_DESK, "hash-b", null, false));
        Claim kill = ledger.claim(STORY, new Copy(OTHER_DESK, "hash-kill", null, true));
        Claim huge = ledger.claim(STORY, new Copy(OTHER_DESK, "hash-c", 999_999_999, false));
        Claim sameCopy = ledger.claim(STORY, new Copy(OTHER_DESK, "hash-a", null, false));

        assertThat(List.of(correction, kill, huge, sameCopy))
                .extracting(Claim::outcome)
                .containsOnly(Outcome.NOT_OWNER);
        assertThat(huge.owner()).isEqualTo(DESK);
        assertThat(huge.version()).isEqualTo(1);
        assertThat(ledger.claim(STORY, copy("hash-b")).version()).isEqualTo(2);
    }

    @Test
    void ownerIsLearntFromTheTopicWhenTheLedgerIsRebuilt() {
        ledger.record(ingested(1, "hash-a", DESK, Release.usable()));
        ledger.record(ingested(2, "hash-b", OTHER_DESK, Release.usable()));

        Claim other = ledger.claim(STORY, new Copy(OTHER_DESK, "hash-c", 3, false));

        assertThat(other.outcome()).isEqualTo(Outcome.NOT_OWNER);
        assertThat(other.owner()).isEqualTo(DESK);
        assertThat(ledger.claim(STORY, versioned("hash-c", 3)).outcome()).isEqualTo(Outcome.NEW);
    }

    @Test
    void unversionedCopyAfterAKillIsRefusedNamingTheKillsVersion() {
        ledger.claim(STORY, copy("hash-a"));
        ledger.claim(STORY, copy("hash-b"));
        ledger.claim(STORY, kill("hash-kill"));

        Claim changed = ledger.claim(STORY, copy("hash-c"));

        assertThat(changed.outcome()).isEqualTo(Outcome.KILLED);
        assertThat(changed.version()).isEqualTo(3);
        assertThat(ledger.claim(STORY, kill("hash-kill-2")).outcome()).isEqualTo(Outcome.KILLED);
    }

    @Test
    void earlierCopyAfterAKillIsADuplicateAndLeavesTheStoryKilled() {
        ledger.claim(STORY, copy("hash-a"));
        ledger.claim(STORY, copy("hash-b"));
        ledger.claim(STORY, kill("hash-kill"));

        Claim original = ledger.claim(STORY, copy("hash-a"));
        Claim correction = ledger.claim(STORY, copy("hash-b"));
        Claim killAgain = ledger.claim(STORY, kill("hash-kill"));

        assertThat(original.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(original.version()).isEqualTo(1);
        assertThat(correction.version()).isEqualTo(2);
        assertThat(killAgain.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(killAgain.version()).isEqualTo(3);
        assertThat(ledger.claim(STORY, copy("hash-c")).outcome()).isEqualTo(Outcome.KILLED);
    }

    @Test
    void versionAtOrBelowTheKillIsStale() {
        ledger.claim(STORY, versioned("hash-a", 1));
        ledger.claim(STORY, new Copy(DESK, "hash-kill", 2, true));

        assertThat(ledger.claim(STORY, versioned("hash-b", 2)).outcome()).isEqualTo(Outcome.STALE);
    }

    @Test
    void explicitVersionAboveTheKillReinstatesTheStoryEvenWithItsOriginalCopy() {
        ledger.claim(STORY, copy("hash-a"));
        ledger.claim(STORY, kill("hash-kill"));

        Claim reinstated = ledger.claim(STORY, versioned("hash-a", 3));

        assertThat(reinstated.outcome()).isEqualTo(Outcome.NEW);
        assertThat(reinstated.version()).isEqualTo(3);
        assertThat(ledger.claim(STORY, copy("hash-a")).version()).isEqualTo(3);
        assertThat(ledger.claim(STORY, copy("hash-d")).version()).isEqualTo(4);
    }

    @Test
    void killLearntFromTheTopicSticks() {
        ledger.record(ingested(1, "hash-a", DESK, Release.usable()));
        ledger.record(ingested(2, "hash-kill", DESK, Release.withdrawn()));

        assertThat(ledger.claim(STORY, copy("hash-b")).outcome()).isEqualTo(Outcome.KILLED);
        assertThat(ledger.claim(STORY, copy("hash-a")).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void reinstatementLearntFromTheTopicLiftsTheKill() {
        ledger.record(ingested(1, "hash-a", DESK, Release.usable()));
        ledger.record(ingested(2, "hash-kill", DESK, Release.withdrawn()));
        ledger.record(ingested(3, "hash-a", DESK, Release.usable()));

        assertThat(ledger.claim(STORY, copy("hash-b")).version()).isEqualTo(4);
    }

    @Test
    void wholeSetOfEarlierCopySentAgainMakesNoNewVersion() {
        List<Copy> sent = List.of(copy("hash-a"), copy("hash-b"), versioned("hash-c", 5), kill("hash-kill"));
        sent.forEach(copy -> ledger.claim(STORY, copy));

        List<Claim> replay =
                sent.stream().map(copy -> ledger.claim(STORY, copy)).toList();

        assertThat(replay).extracting(Claim::outcome).containsOnly(Outcome.DUPLICATE);
        assertThat(replay).extracting(Claim::version).containsExactly(1, 2, 5, 6);
    }

    @Test
    void fullContentHashesWithTheSameFirstEightBytesAreTakenForOneVersion() {
        String hash = "0123456789abcdef" + "0".repeat(48);
        ledger.claim(STORY, copy(hash));

        Claim clash = ledger.claim(STORY, copy("0123456789abcdef" + "f".repeat(48)));

        assertThat(clash.outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void ledgerRebuiltFromOnlyTheLatestEventOfAStoryKnowsItsEarlierCopy() {
        ledger.claim(STORY, copy("hash-a"));
        ledger.claim(STORY, copy("hash-b"));
        StoryIngested latest = emitted(ledger.claim(STORY, copy("hash-c")), "hash-c", Release.usable());
        StoryLedger rebuilt = new StoryLedger();

        rebuilt.record(latest);

        assertThat(List.of(
                        rebuilt.claim(STORY, copy("hash-a")),
                        rebuilt.claim(STORY, copy("hash-b")),
                        rebuilt.claim(STORY, copy("hash-c"))))
                .extracting(claim -> claim.outcome() + "@" + claim.version())
                .containsExactly("DUPLICATE@1", "DUPLICATE@2", "DUPLICATE@3");
        assertThat(rebuilt.claim(STORY, copy("hash-d")).version()).isEqualTo(4);
    }

    @Test
    void ledgerRebuiltFromOnlyAKillKnowsTheOriginalAndRefusesNewCopy() {
        ledger.claim(STORY, copy("hash-a"));
        ledger.claim(STORY, copy("hash-b"));
        StoryIngested kill = emitted(ledger.claim(STORY, kill("hash-kill")), "hash-kill", Release.withdrawn());
        StoryLedger rebuilt = new StoryLedger();

        rebuilt.record(kill);

        Claim original = rebuilt.claim(STORY, copy("hash-a"));
        Claim killAgain = rebuilt.claim(STORY, kill("hash-kill"));
        Claim changed = rebuilt.claim(STORY, copy("hash-c"));
        assertThat(List.of(original, killAgain, changed))
                .extracting(claim -> claim.outcome() + "@" + claim.version())
                .containsExactly("DUPLICATE@1", "DUPLICATE@3", "KILLED@3");
        assertThat(kill.earlierVersions()).extracting(EarlierVersion::version).containsExactly(1, 2);
    }

    @Test
    void firstVersionNamesNoEarlierOnes() {
        assertThat(ledger.claim(STORY, copy("hash-a")).earlierVersions()).isEmpty();
    }

    @Test
    void eventNamesOnlyTheLatest200EarlierVersions() {
        for (int version = 1; version < 250; version++) {
            ledger.claim(STORY, copy("hash-" + version));
        }

        List<EarlierVersion> earlier = ledger.claim(STORY, copy("hash-250")).earlierVersions();

        assertThat(earlier).hasSize(200);
        assertThat(earlier.get(0).version()).isEqualTo(50);
        assertThat(earlier.get(199).version()).isEqualTo(249);
        assertThat(earlier.get(199).fingerprint()).isEqualTo(Fingerprint.hex(Fingerprint.of("hash-249")));
    }

    @Test
    void eventWrittenBeforeEarlierVersionsExistedStillTeachesItsOwnVersion() {
        ledger.record(ingested(2, "hash-b", DESK, Release.usable()));

        assertThat(ledger.claim(STORY, copy("hash-b")).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(ledger.claim(STORY, copy("hash-a")).version()).isEqualTo(3);
    }

    private static Copy copy(String hash) {
        return new Copy(DESK, hash, null, false);
    }

    private static Copy versioned(String hash, int version) {
        return new Copy(DESK, hash, version, false);
    }

    private static Copy kill(String hash) {
        return new Copy(DESK, hash, null, true);
    }

    /** The event ingest writes for a claim, as compaction would leave it: the story's only record. */
    private static StoryIngested emitted(Claim claim, String hash, Release release) {
        Story story = new Story("Flood", null, null, List.of(), List.of("Water rose."), List.of(), null, null);
        return new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                STORY,
                claim.version(),
                DESK,
                hash,
                release,
                story,
                Timeline.receivedAt(Instant.EPOCH),
                claim.earlierVersions());
    }

    private static StoryIngested ingested(int version, String hash, String desk, Release release) {
        Story story = new Story("Flood", null, null, List.of(), List.of("Water rose."), List.of(), null, null);
        return new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                STORY,
                version,
                desk,
                hash,
                release,
                story,
                Timeline.receivedAt(Instant.EPOCH));
    }
}
