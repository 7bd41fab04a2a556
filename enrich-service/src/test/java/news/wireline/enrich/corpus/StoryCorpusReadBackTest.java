package news.wireline.enrich.corpus;

/**
 * The corpus's scenarios with no timeline left on the heap: the index is refreshed after every
 * write, so each story's versions and withdrawals are read back from the index, as a corpus larger
 * than its heap limit reads most of them.
 */
class StoryCorpusReadBackTest extends StoryCorpusTest {

    @Override
    StoryCorpus newCorpus() {
        return new StoryCorpus(0);
    }
}
