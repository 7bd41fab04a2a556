package news.wireline.pipeline;

import java.util.List;

/** Many distinct stories for load and scale tests, assembled from a few sentences of our own. */
final class GeneratedStories {

    private static final List<String> PLACES =
            List.of("Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Tallinn", "Accra", "Quito");
    private static final List<String> SUBJECTS = List.of(
            "a new tram line",
            "a port expansion",
            "a water treatment plant",
            "a wind farm",
            "a school building programme",
            "a bridge repair");

    private GeneratedStories() {}

    /** Story {@code n} as ninjs; a higher {@code version} of the same {@code n} is a correction of it. */
    static String ninjs(String uri, int n, int version) {
        String place = PLACES.get(n % PLACES.size());
        String subject = SUBJECTS.get(n % SUBJECTS.size());
        String headline = "Council in %s approves %s (%d)".formatted(place, subject, n);
        String body = ("Officials in %s approved %s on Tuesday after a long debate.\\n\\n"
                        + "The mayor said work would start within a year and cost less than first planned.\\n\\n"
                        + "Residents will be asked for their views at meetings over the summer (take %d).")
                .formatted(place, subject, version);
        return """
                {"uri": "%s", "version": "%d", "language": "en", "headline": "%s", "body_text": "%s"}""".formatted(uri, version, headline, body);
    }
}
