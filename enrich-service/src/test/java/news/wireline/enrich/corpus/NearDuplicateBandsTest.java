package news.wireline.enrich.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NearDuplicateBandsTest {

    private final NearDuplicateBands bands = new NearDuplicateBands();

    @Test
    void findsASignatureThatDiffersInTwelvePositionsSpreadOverTwelveBands() {
        int[] original = counting(0);
        int[] edited = original.clone();
        for (int band = 0; band < 12; band++) {
            edited[band * 4] = -1;
        }
        bands.add(0, counting(1000));
        bands.add(1, original);

        assertThat(candidates(edited)).containsExactly(1);
    }

    @Test
    void findsNothingForASignatureSharingNoBand() {
        bands.add(0, counting(0));

        assertThat(candidates(counting(1000))).isEmpty();
    }

    @Test
    void listsAnEntryOnceThoughItSharesEveryBand() {
        bands.add(0, counting(0));
        bands.add(1, counting(0));

        assertThat(candidates(counting(0))).containsExactly(0, 1);
    }

    @Test
    void cannotMissANearDuplicateOnlyAboveThreeQuarters() {
        assertThat(NearDuplicateBands.findsAllAt(0.8)).isTrue();
        assertThat(NearDuplicateBands.findsAllAt(0.76)).isTrue();
        assertThat(NearDuplicateBands.findsAllAt(0.75)).isFalse();
    }

    @Test
    void keepsEveryEntryFindableAsTheTableGrows() {
        for (int entry = 0; entry < 5000; entry++) {
            bands.add(entry, counting(entry * 100));
        }

        assertThat(candidates(counting(4321 * 100))).containsExactly(4321);
    }

    private List<Integer> candidates(int[] signature) {
        List<Integer> found = new ArrayList<>();
        bands.forEachCandidate(signature, found::add);
        return found;
    }

    private static int[] counting(int from) {
        int[] signature = new int[MinHash.SIZE];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = from + i;
        }
        return signature;
    }
}
