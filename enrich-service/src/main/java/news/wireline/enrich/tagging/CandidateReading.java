package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.wireline.enrich.tagging.EntityClassifier.Classification;
import news.wireline.enrich.tagging.EntityClassifier.Unresolved;
import org.jspecify.annotations.Nullable;

/**
 * One left-to-right pass of {@link EntityClassifier} over a candidate: the names found so far,
 * and the run of unrecognised capitalised words being gathered, which is typed from its context
 * when a recognised name or a non-name ends it. The name just before a run is kept, because a
 * run joined to it by "and" is of its kind ("Lagos and Kano").
 */
final class CandidateReading {

    private final Candidate candidate;
    private final ContextRules context;
    private final ContextWords words;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Unresolved> unresolved = new ArrayList<>();
    private @Nullable Mention last;
    private int lastEnd = -1;
    private int pendingStart = -1;
    private int pendingEnd = -1;

    CandidateReading(Candidate candidate, ContextRules context, ContextWords words) {
        this.candidate = candidate;
        this.context = context;
        this.words = words;
    }

    /** A recognised span ending at {@code end}; a null mention is a non-entity that names nothing. */
    void known(@Nullable Mention mention, int end) {
        resolvePending();
        if (mention != null) {
            mentions.add(mention);
        }
        last = mention;
        lastEnd = end;
    }

    /** Known names inside one hyphenated word ("Russia-Ukraine"). */
    void parts(List<Mention> parts) {
        resolvePending();
        mentions.addAll(parts);
        last = null;
    }

    /** Extends the run; connectors between its words stay inside it ("Bart van Leeuwen"). */
    void unknown(int index) {
        if (pendingStart < 0) {
            pendingStart = index;
        }
        pendingEnd = index + 1;
    }

    void resolvePending() {
        if (pendingStart < 0) {
            return;
        }
        int start = pendingStart;
        int end = pendingEnd;
        pendingStart = -1;
        Optional<Mention> previous = last != null
                        && lastEnd == start - 1
                        && words.isCoordinator(candidate.tokens().get(start - 1))
                ? Optional.of(last)
                : Optional.empty();
        Optional<Mention> typed = context.match(candidate, start, end, previous);
        if (typed.isPresent()) {
            mentions.add(typed.get());
            last = typed.get();
            lastEnd = end;
        } else {
            unresolved.add(new Unresolved(
                    candidate.tokens().subList(start, end), candidate.span(start, end), candidate.after(end, 2)));
            last = null;
        }
    }

    Classification result() {
        boolean endsOnName = last != null && lastEnd == candidate.tokens().size();
        return new Classification(mentions, unresolved, Optional.ofNullable(endsOnName ? last : null));
    }
}
