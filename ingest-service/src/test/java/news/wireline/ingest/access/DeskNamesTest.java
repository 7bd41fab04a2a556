package news.wireline.ingest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import news.wireline.ingest.intake.IngestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeskNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"lisbon-desk", "kafka", "reuters.eu_1", "a"})
    void takesPlainLowerCaseNames(String name) {
        assertThat(DeskNames.isValid(name)).isTrue();
        assertThat(DeskNames.isValid(name + "x".repeat(64 - name.length()))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "Lisbon-desk", "lisbon desk", "-lisbon", ".lisbon", "lisbon/desk", "lisbon\ndesk", "лісабон"
            })
    void refusesAnythingElse(String name) {
        assertThat(DeskNames.isValid(name)).isFalse();
    }

    @Test
    void refusesANameOf65Characters() {
        assertThat(DeskNames.isValid("d".repeat(65))).isFalse();
    }

    @Test
    void stopsTheServiceAtStartOverADeskNameInItsConfiguration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeskAccessSettings.Desk("Lisbon Desk", "ab12", false))
                .withMessage(
                        "wireline.ingest.access.desks[].name must be a desk name of 1-64 lower-case letters, digits, '.', '_' or '-',"
                                + " but is 'Lisbon Desk'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IngestSettings("Kafka Desk", "http://localhost/stories/{id}"))
                .withMessageStartingWith("wireline.ingest.kafka-default-desk must be a desk name");
    }
}
