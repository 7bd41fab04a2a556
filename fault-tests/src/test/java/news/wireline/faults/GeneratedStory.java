package news.wireline.faults;

import java.util.List;

/**
 * The stories a fault test sends, assembled from sentences of our own: mostly new stories, every
 * tenth a correction (version 2) of a story sent a little earlier, every fiftieth broken JSON.
 */
record GeneratedStory(String id, int version, String body) {

    private static final List<String> PLACES = List.of(
            "Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Tallinn", "Accra", "Quito", "Perth", "Bergen", "Dakar",
            "Cusco");
    private static final List<String> SUBJECTS = List.of(
            "a new tram line",
            "a port expansion",
            "a water treatment plant",
            "a wind farm",
            "a school building programme",
            "a bridge repair",
            "a night bus service",
            "a flood barrier");
    private static final List<String> VOICES = List.of(
            "The mayor said work would start within a year.",
            "Opponents said the budget was too small for the job.",
            "Engineers expect the first phase to finish early.",
            "Shop owners asked for the works to pause during the festival season.");

    /** Send number {@code k} of run {@code run}. */
    static GeneratedStory number(String run, int k) {
        if (k % 50 == 49) {
            return new GeneratedStory(id(run, k), 1, "{\"uri\": \"" + id(run, k) + "\", \"headline\": \"cut off");
        }
        if (k % 10 == 9) {
            int corrected = k - 5;
            return new GeneratedStory(id(run, corrected), 2, ninjs(id(run, corrected), corrected, 2));
        }
        return new GeneratedStory(id(run, k), 1, ninjs(id(run, k), k, 1));
    }

    static String id(String run, int n) {
        return prefix(run) + n;
    }

    /** What the id of every story of {@code run} starts with. */
    static String prefix(String run) {
        return FaultPipeline.DESK + ":urn:fault:" + run + ":";
    }

    private static String ninjs(String id, int n, int version) {
        String place = PLACES.get(n % PLACES.size());
        String subject = SUBJECTS.get((n / PLACES.size()) % SUBJECTS.size());
        String headline = "%s council approves %s (%d)".formatted(place, subject, n);
        String body = ("Officials in %s approved %s on Tuesday after a long debate.\\n\\n%s\\n\\n"
                        + "Residents will be asked for their views at meetings over the summer (edition %d).")
                .formatted(place, subject, VOICES.get(n % VOICES.size()), version);
        return """
                {"uri": "%s", "version": "%d", "language": "en", "headline": "%s", "body_text": "%s"}""".formatted(id, version, headline, body);
    }
}
