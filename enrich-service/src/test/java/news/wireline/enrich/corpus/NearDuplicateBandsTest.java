package news.wireline.enrich.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class NearDuplicateBandsTest {

    @Test
    void aSignatureThatDiffersInTwelvePositionsSpreadOverTwelveBandsKeepsTheOtherFourKeys() {
        int[] original = counting(0);
        int[] edited = original.clone();
        for (int band = 0; band < 12; band++) {
            edited[band * 4] = -1;
        }

        List<BytesRef> kept = NearDuplicateBands.keys(original).subList(12, 16);
        assertThat(NearDuplicateBands.keys(edited))
                .containsAll(kept)
                .doesNotContainAnyElementsOf(NearDuplicateBands.keys(original).subList(0, 12));
    }

    @Test
    void signaturesAgreeingNowhereShareNoKey() {
        assertThat(NearDuplicateBands.keys(counting(1000)))
                .doesNotContainAnyElementsOf(NearDuplicateBands.keys(counting(0)));
    }

    @Test
    void theSamePositionsInAnotherBandMakeAnotherKey() {
        int[] repeating = new int[MinHash.SIZE];
        for (int i = 0; i < repeating.length; i++) {
            repeating[i] = i % 4;
        }

        assertThat(NearDuplicateBands.keys(repeating)).doesNotHaveDuplicates().hasSize(NearDuplicateBands.BANDS);
    }

    @Test
    void cannotMissANearDuplicateOnlyAboveThreeQuarters() {
        assertThat(NearDuplicateBands.findsAllAt(0.8)).isTrue();
        assertThat(NearDuplicateBands.findsAllAt(0.76)).isTrue();
        assertThat(NearDuplicateBands.findsAllAt(0.75)).isFalse();
    }

    private static int[] counting(int from) {
        int[] signature = new int[MinHash.SIZE];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = from + i;
        }
        return signature;
    }
}
