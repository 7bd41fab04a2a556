package news.wireline.ingest.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeskKeysTest {

    final DeskKeys keys = new DeskKeys(new DeskAccessSettings(List.of(
            new DeskAccessSettings.Desk("lisbon-desk", DeskKeys.sha256("s3cret-lisbon"), false),
            new DeskAccessSettings.Desk(
                    "oslo-desk", DeskKeys.sha256("s3cret-oslo").toUpperCase(), false))));

    @Test
    void keyIdentifiesItsDesk() {
        assertThat(keys.deskFor("Bearer s3cret-lisbon")).contains("lisbon-desk");
        assertThat(keys.deskFor("Bearer s3cret-oslo")).contains("oslo-desk");
    }

    @Test
    void missingWrongOrMalformedKeyIdentifiesNoDesk() {
        assertThat(keys.deskFor(null)).isEmpty();
        assertThat(keys.deskFor("Bearer s3cret-paris")).isEmpty();
        assertThat(keys.deskFor("s3cret-lisbon")).isEmpty();
        assertThat(keys.deskFor("Basic s3cret-lisbon")).isEmpty();
        assertThat(keys.deskFor("Bearer " + DeskKeys.sha256("s3cret-lisbon"))).isEmpty();
    }

    @Test
    void keysAreHashedAsSha256Hex() {
        assertThat(DeskKeys.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
