package news.wireline.enrich.tagging;

/**
 * A stretch of a story's headline or of one body paragraph: the evidence behind a tag.
 * {@code start} and {@code end} are character offsets into that headline or paragraph.
 */
public record TextSpan(Part part, int paragraph, int start, int end, String text) {

    public enum Part {
        HEADLINE,
        BODY
    }

    public boolean inHeadline() {
        return part == Part.HEADLINE;
    }
}
