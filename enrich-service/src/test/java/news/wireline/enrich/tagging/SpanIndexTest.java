package news.wireline.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.wireline.enrich.tagging.TextSpan.Part;
import org.junit.jupiter.api.Test;

class SpanIndexTest {

    private static TextSpan body(int paragraph, int start, int end) {
        return new TextSpan(Part.BODY, paragraph, start, end, "x".repeat(end - start));
    }

    @Test
    void aSpanOverlapsWhenItSharesACharacterWithOneInTheSameParagraph() {
        SpanIndex index = SpanIndex.of(List.of(body(0, 10, 15), body(0, 30, 34), body(2, 0, 5)));

        assertThat(index.overlaps(body(0, 12, 13))).isTrue();
        assertThat(index.overlaps(body(0, 5, 11))).isTrue();
        assertThat(index.overlaps(body(0, 14, 40))).isTrue();
        assertThat(index.overlaps(body(0, 15, 30)))
                .as("touching ends share no character")
                .isFalse();
        assertThat(index.overlaps(body(0, 0, 10))).isFalse();
        assertThat(index.overlaps(body(1, 10, 15))).as("another paragraph").isFalse();
        assertThat(index.overlaps(new TextSpan(Part.HEADLINE, 0, 10, 15, "xxxxx")))
                .as("the headline")
                .isFalse();
    }

    @Test
    void aLongSpanStartingEarlierIsFoundPastShorterOnesInsideIt() {
        SpanIndex index = SpanIndex.of(List.of(body(0, 20, 22), body(0, 0, 50), body(0, 20, 21), body(0, 30, 31)));

        assertThat(index.overlaps(body(0, 40, 45))).isTrue();
        assertThat(index.overlaps(body(0, 50, 60))).isFalse();
    }

    @Test
    void noSpansOverlapNothing() {
        assertThat(SpanIndex.of(List.of()).overlaps(body(0, 0, 5))).isFalse();
    }
}
