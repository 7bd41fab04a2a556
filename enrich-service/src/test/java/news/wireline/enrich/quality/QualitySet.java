package news.wireline.enrich.quality;

import java.util.List;

/**
 * The labelled story sets. Each has a tuning part, whose failures the tagger may be improved on,
 * and a held-out part no change is tuned on; every measurement reports the two apart.
 */
enum QualitySet {
    /** Written first, mostly about Europe; the tagger was tuned on q01 to q34. */
    FIRST("quality", "q35"),
    /** Written on 2026-12-04, before any tuning, from the domains and regions the first set lacks. */
    SECOND("quality2", "g33");

    /** Which part of its set a story is in. */
    enum Part {
        TUNING,
        HELD_OUT
    }

    private final String directory;
    private final String firstHeldOut;

    QualitySet(String directory, String firstHeldOut) {
        this.directory = directory;
        this.firstHeldOut = firstHeldOut;
    }

    /** Every story, in the order they are processed (file-name order). */
    List<QualityStory> stories() {
        return QualityStories.read(directory);
    }

    /** Lines of the set's {@code related.tsv}: story, earlier story, kind. */
    List<String[]> relatedPairs() {
        return QualityStories.relatedPairs(directory);
    }

    /** Story ids sort by their number, so every story from the first held-out one on is held out. */
    Part partOf(String storyId) {
        return storyId.compareTo(firstHeldOut) >= 0 ? Part.HELD_OUT : Part.TUNING;
    }

    String label(Part part) {
        return name() + " " + part.name().toLowerCase().replace('_', '-');
    }
}
