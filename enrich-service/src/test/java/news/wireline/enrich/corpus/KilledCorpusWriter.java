package news.wireline.enrich.corpus;

import news.wireline.local.BoundSettings;

/**
 * The child JVM of {@link KilledCorpusTest}: fills a kept corpus as a replica would, one story per
 * offset of partition 0, committing every 50 ms, until it is killed. Prints {@code ADDED <n>} as
 * it goes, after an explicit commit of the first {@value #FIRST_COMMIT}.
 * Args: the corpus directory.
 */
final class KilledCorpusWriter {

    static final int FIRST_COMMIT = 100;

    private KilledCorpusWriter() {}

    public static void main(String[] args) {
        StoryCorpus corpus = StoryCorpus.open(
                BoundSettings.of(CorpusSettings.class, "directory=" + args[0], "commit-interval=50ms"));
        for (int offset = 0; ; offset++) {
            corpus.add(story(offset), 0, offset);
            if (offset + 1 == FIRST_COMMIT) {
                corpus.commit();
            }
            if ((offset + 1) % 50 == 0) {
                System.out.println("ADDED " + (offset + 1));
                System.out.flush();
            }
        }
    }

    static news.wireline.events.StoryEnriched story(int offset) {
        return CorpusStories.enriched(
                "killed-" + offset,
                1,
                offset,
                "Story " + offset + " of a corpus filled until its writer is killed, about harbours and ferries.");
    }
}
