package news.wireline.enrich.tagging;

import static news.wireline.events.Tag.TagType.ORGANISATION;
import static news.wireline.events.Tag.TagType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import news.wireline.enrich.tagging.Gazetteer.Entry;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Tokenizer TOKENIZER = new Tokenizer(Lexicon.bundled());
    private static final Gazetteer GAZETTEER = Gazetteer.bundled(TOKENIZER);

    @Test
    void knowsEveryIsoCountryTheJdkNames() {
        for (String code : Locale.getISOCountries()) {
            String official = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            assertThat(GAZETTEER.lookup(asWritten(official)))
                    .as(official)
                    .hasValueSatisfying(entry -> assertThat(entry.type()).isEqualTo(PLACE));
        }
    }

    @Test
    void namesCountriesTheWayANewsroomDoes() {
        assertThat(GAZETTEER.lookup("U.S.")).contains(new Entry("United States", PLACE, false));
        assertThat(GAZETTEER.lookup("Britain")).contains(new Entry("United Kingdom", PLACE, false));
        assertThat(GAZETTEER.lookup("Burma")).contains(new Entry("Myanmar", PLACE, false));
        assertThat(GAZETTEER.lookup("Bosnia")).contains(new Entry("Bosnia and Herzegovina", PLACE, false));
        assertThat(GAZETTEER.lookup("DPRK")).contains(new Entry("North Korea", PLACE, false));
    }

    @Test
    void matchesAcronymsOnlyInCapitals() {
        assertThat(GAZETTEER.lookup("WHO")).contains(new Entry("World Health Organization", ORGANISATION, false));
        assertThat(GAZETTEER.lookup("Who")).isEmpty();
        assertThat(GAZETTEER.lookup("us")).isEmpty();
    }

    @Test
    void matchesSpelledOutNamesInAnyCase() {
        assertThat(GAZETTEER.lookup("security service of ukraine"))
                .contains(new Entry("Security Service of Ukraine", ORGANISATION, false));
        assertThat(GAZETTEER.lookup("SBU")).contains(new Entry("Security Service of Ukraine", ORGANISATION, false));
    }

    @Test
    void knowsAnOblastByItsRegionNameToo() {
        assertThat(GAZETTEER.lookup("Kursk region")).contains(new Entry("Kursk Oblast", PLACE, false));
        assertThat(GAZETTEER.lookup("Kharkiv oblast")).contains(new Entry("Kharkiv Oblast", PLACE, false));
        assertThat(GAZETTEER.lookup("Kursk")).contains(new Entry("Kursk", PLACE, false));
    }

    @Test
    void pointsDemonymsAtTheirCountry() {
        assertThat(GAZETTEER.lookup("North Korean")).contains(new Entry("North Korea", PLACE, true));
        assertThat(GAZETTEER.lookup("Ukrainians")).contains(new Entry("Ukraine", PLACE, true));
        assertThat(GAZETTEER.lookup("English")).isEmpty();
    }

    @Test
    void letsTheCountryKeepANameAlsoUsedElsewhere() {
        assertThat(GAZETTEER.lookup("Georgia")).contains(new Entry("Georgia", PLACE, false));
    }

    /** The words of a name as they reach the gazetteer from copy. */
    private static List<Token> asWritten(String name) {
        return TOKENIZER.tokenize(name).stream().filter(Token::isWord).toList();
    }
}
