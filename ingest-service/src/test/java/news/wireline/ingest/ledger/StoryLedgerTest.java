package news.wireline.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.wireline.events.EarlierVersion;
import news.wireline.events.IntakeDecision.Outcome;
import news.wireline.events.StoryId;
import news.wireline.ingest.ledger.StoryLedger.Claim;
import news.wireline.ingest.ledger.StoryLedger.Copy;
import org.junit.jupiter.api.Test;

class StoryLedgerTest {

    static final StoryId STORY = StoryId.of("wl-flood");
    static final String DESK = "lisbon-desk";
    static final String OTHER_DESK = "porto-desk";

    /** Every entry goes through the bytes the decider's store keeps, so each case checks they hold all of it. */
    final StoryLedger ledger = new StoryLedger(new StoredEntries());

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

    private static Copy copy(String hash) {
        return new Copy(DESK, hash, null, false);
    }

    private static Copy versioned(String hash, int version) {
        return new Copy(DESK, hash, version, false);
    }

    private static Copy kill(String hash) {
        return new Copy(DESK, hash, null, true);
    }

    /** Like the decider's state store: keeps each entry as bytes and reads it back on every claim. */
    static final class StoredEntries implements StoryLedger.Entries {

        private final Map<StoryId, byte[]> stored = new HashMap<>();

        @Override
        public StoryEntry get(StoryId id) {
            byte[] bytes = stored.get(id);
            return bytes == null ? null : StoryEntry.fromBytes(bytes);
        }

        @Override
        public void put(StoryId id, StoryEntry entry) {
            stored.put(id, entry.toBytes());
        }
    }
}
