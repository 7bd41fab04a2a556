package news.wireline.enrich.tagging;

import java.util.List;

/**
 * A run of capitalised tokens that may hold one or more names ("U.S. President Donald Trump").
 * {@code acronym} is set when the copy defines one right after it: "Security Service of Ukraine (SBU)".
 * {@code rulesApply} is false for Title Case headlines, where capitals say nothing about names.
 */
record Candidate(List<Token> tokens, String acronym, boolean inHeadline, boolean rulesApply) {

    Candidate {
        tokens = List.copyOf(tokens);
    }
}
