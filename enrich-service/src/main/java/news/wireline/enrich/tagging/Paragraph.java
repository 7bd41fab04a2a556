package news.wireline.enrich.tagging;

import java.util.List;
import news.wireline.enrich.tagging.TextSpan.Part;

/** The headline or one body paragraph, with its tokens, so a name can be traced back to its offsets. */
record Paragraph(Part part, int index, String text, List<Token> tokens) {

    Paragraph {
        tokens = List.copyOf(tokens);
    }

    static Paragraph body(int index, String text, List<Token> tokens) {
        return new Paragraph(Part.BODY, index, text, tokens);
    }

    /** The span from token {@code from} up to, not including, token {@code to}. */
    TextSpan span(int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new TextSpan(part, index, start, end, text.substring(start, end));
    }
}
