package news.wireline.faults;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The counts one fault scenario checked, printed so a CI log shows what was proven, not only that it passed. */
record DeliveryReport(
        String scenario, StreamCounts counts, Map<String, Integer> stored, List<String> published, int deadLettered) {

    /** Accepted stories missing from the store, or stored at a lower version than ingest accepted. */
    long lost() {
        return counts.latestAccepted.entrySet().stream()
                .filter(story -> stored.getOrDefault(story.getKey(), 0) < story.getValue())
                .count();
    }

    /** Stories in the store that ingest never accepted, or at a version it never accepted. */
    long unexpected() {
        return stored.entrySet().stream()
                .filter(story -> !story.getValue().equals(counts.latestAccepted.get(story.getKey())))
                .count();
    }

    long publishedDuplicates() {
        return published.size() - new HashSet<>(published).size();
    }

    long unannounced() {
        Set<String> announced = new HashSet<>(published);
        return counts.acceptedVersions.stream()
                .filter(pair -> !announced.contains(pair))
                .count();
    }

    String print() {
        String block = """

                ==== %s ====
                sent                     %d
                accepted (202)           %d
                duplicate (200)          %d
                rejected by reason       %s
                retried sends            %d
                stories accepted         %d
                stored at latest version %d
                lost                     %d
                stored unexpectedly      %d
                published (id, version)  %d
                published duplicates     %d
                accepted, not published  %d
                dead-lettered            %d
                """.formatted(
                        scenario,
                        counts.sent.get(),
                        counts.accepted.get(),
                        counts.duplicates.get(),
                        counts.rejectedByReason(),
                        counts.retriedSends.get(),
                        counts.latestAccepted.size(),
                        stored.size() - unexpected(),
                        lost(),
                        unexpected(),
                        published.size(),
                        publishedDuplicates(),
                        unannounced(),
                        deadLettered);
        System.out.println(block);
        return block;
    }
}
