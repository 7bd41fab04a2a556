package news.wireline.enrich.tagging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run of capitalised tokens that may hold one or more names ("U.S. President Donald Trump"),
 * tokens {@code from} to {@code to} of its paragraph, whose other tokens are the context the
 * naming rules read ("city of", "spokeswoman", "said").
 * {@code acronym} is set when the copy defines one right after it: "Security Service of Ukraine (SBU)".
 * {@code rulesApply} is false for Title Case headlines, where capitals say nothing about names.
 */
record Candidate(
        Paragraph paragraph, int from, int to, @Nullable String acronym, boolean rulesApply) {

    List<Token> tokens() {
        return paragraph.tokens().subList(from, to);
    }

    boolean inHeadline() {
        return paragraph.part() == TextSpan.Part.HEADLINE;
    }

    /** Where tokens {@code start} to {@code end} of this candidate stand in the story. */
    TextSpan span(int start, int end) {
        return paragraph.span(from + start, from + end);
    }

    /** Up to {@code count} tokens of the paragraph just before candidate token {@code index}, nearest last. */
    List<Token> before(int index, int count) {
        int at = from + index;
        return paragraph.tokens().subList(Math.max(0, at - count), at);
    }

    /** Up to {@code count} tokens of the paragraph from just after candidate token {@code index - 1}. */
    List<Token> after(int index, int count) {
        int at = from + index;
        List<Token> all = paragraph.tokens();
        return all.subList(at, Math.min(all.size(), at + count));
    }
}
