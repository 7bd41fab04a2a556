package news.wireline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.wireline.pipeline.HostileDoors.Outcome;
import news.wireline.pipeline.LimitCorpus.Fate;
import news.wireline.pipeline.LimitCorpus.LimitCase;

/**
 * The books of an accounting run: each case sent is refused, published at its version or
 * dead-lettered after ingest, exactly one of the three; anything else is unanswered, lost or
 * doubled, and named.
 */
final class StoryAccounts {

    private final int sent;
    private final List<String> unanswered = new ArrayList<>();
    private final List<String> lost = new ArrayList<>();
    private final List<String> doubled = new ArrayList<>();
    private final List<String> wrongFates = new ArrayList<>();
    private final Map<String, Integer> refusedByCode = new TreeMap<>();
    private final Map<String, Integer> laterByReason = new TreeMap<>();
    private int refused;
    private int published;
    private int deadLettered;

    private StoryAccounts(int sent) {
        this.sent = sent;
    }

    static StoryAccounts of(List<LimitCase> corpus, Map<String, Outcome> answers, TopicLedger ledger) {
        StoryAccounts accounts = new StoryAccounts(corpus.size());
        corpus.forEach(each -> accounts.account(each, answers.get(each.name()), ledger));
        return accounts;
    }

    private void account(LimitCase each, Outcome answer, TopicLedger ledger) {
        if (answer == null || answer.problem() != null) {
            unanswered.add(each.name() + ": " + (answer == null ? "no answer" : answer.problem()));
            return;
        }
        if (!answer.accepted()) {
            refused++;
            refusedByCode.merge(answer.code(), 1, Integer::sum);
            if (each.fate() == Fate.PUBLISHED
                    || !each.codes().isEmpty() && !each.codes().contains(answer.code())) {
                wrongFates.add(
                        each.name() + ": refused " + answer.code() + ", expected " + each.fate() + " " + each.codes());
            }
            return;
        }
        List<Integer> versions = ledger.ingested().getOrDefault(answer.id(), List.of());
        if (versions.size() != 1) {
            (versions.isEmpty() ? lost : doubled).add(each.name() + ": ingested versions " + versions);
            return;
        }
        int times = Collections.frequency(ledger.published().getOrDefault(answer.id(), List.of()), versions.get(0));
        List<String> letters = ledger.deadLetteredLater().getOrDefault(answer.id(), List.of());
        if (times + letters.size() > 1) {
            doubled.add(each.name() + ": published " + times + " times, dead-lettered " + letters);
        } else if (times == 1) {
            published++;
        } else if (letters.size() == 1) {
            deadLettered++;
            laterByReason.merge(letters.get(0).replaceAll(":.*", ""), 1, Integer::sum);
        } else {
            lost.add(each.name() + ": version " + versions.get(0) + " neither published nor dead-lettered");
        }
        if (each.fate() == Fate.REFUSED || each.fate() == Fate.PUBLISHED && times != 1) {
            wrongFates.add(each.name() + ": accepted and " + (times == 1 ? "published" : "dead-lettered " + letters)
                    + ", expected " + each.fate() + " " + each.codes());
        }
    }

    int sent() {
        return sent;
    }

    int refused() {
        return refused;
    }

    int published() {
        return published;
    }

    int deadLettered() {
        return deadLettered;
    }

    List<String> unanswered() {
        return unanswered;
    }

    List<String> lost() {
        return lost;
    }

    List<String> doubled() {
        return doubled;
    }

    List<String> wrongFates() {
        return wrongFates;
    }

    String report(Map<String, Duration> canaries) {
        List<Duration> delays = new ArrayList<>(canaries.values());
        Collections.sort(delays);
        return """

                ==== every story accounted for ====
                sent                   %d
                refused by ingest      %d %s
                published              %d
                dead-lettered later    %d %s
                lost                   %d
                doubled                %d
                unanswered             %d
                wrong fate             %d
                canaries               %d, median %d ms, slowest %d ms
                ===================================
                """.formatted(
                        sent,
                        refused,
                        refusedByCode,
                        published,
                        deadLettered,
                        laterByReason,
                        lost.size(),
                        doubled.size(),
                        unanswered.size(),
                        wrongFates.size(),
                        delays.size(),
                        delays.isEmpty() ? 0 : delays.get(delays.size() / 2).toMillis(),
                        delays.isEmpty() ? 0 : delays.get(delays.size() - 1).toMillis());
    }
}
