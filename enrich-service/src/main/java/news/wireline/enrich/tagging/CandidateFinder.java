package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import news.wireline.enrich.tagging.Token.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Finds runs of capitalised tokens. Lower-case connectors join a run only between capitals
 * ("Cabinet of Ministers", "Bosnia and Herzegovina"); a lower-case region word may close one
 * ("Kursk region"). Possessives stay inside a run ("Russia's Kursk Oblast", "People's Liberation
 * Army"): which parts of a run are names, and where a possessive splits it, is the classifier's call.
 */
final class CandidateFinder {

    private final Lexicon lexicon;

    CandidateFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> find(Paragraph paragraph, boolean rulesApply) {
        List<Token> tokens = paragraph.tokens();
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            String acronym = acronymAt(tokens, end);
            candidates.add(new Candidate(paragraph, i, end, acronym, rulesApply));
            i = acronym == null ? end : end + 3;
        }
        return candidates;
    }

    private int runEnd(List<Token> tokens, int start) {
        int end = start + 1;
        while (end < tokens.size()) {
            Token next = tokens.get(end);
            if (next.capitalised()) {
                end++;
            } else if (lexicon.isRegionWord(next)) {
                return end + 1;
            } else if (lexicon.isConnector(next)) {
                int afterConnectors = end;
                while (afterConnectors < tokens.size() && lexicon.isConnector(tokens.get(afterConnectors))) {
                    afterConnectors++;
                }
                if (afterConnectors == tokens.size()
                        || !tokens.get(afterConnectors).capitalised()) {
                    return end;
                }
                end = afterConnectors + 1;
            } else {
                return end;
            }
        }
        return end;
    }

    /** The acronym in "(SBU)" right after a run, or null. */
    private static @Nullable String acronymAt(List<Token> tokens, int index) {
        if (index + 2 >= tokens.size()) {
            return null;
        }
        Token open = tokens.get(index);
        Token inner = tokens.get(index + 1);
        Token close = tokens.get(index + 2);
        boolean defined = open.kind() == Kind.OPEN_PAREN && inner.acronym() && close.kind() == Kind.CLOSE_PAREN;
        return defined ? inner.text() : null;
    }
}
