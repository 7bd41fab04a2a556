/**
 * The Lucene index of earlier stories, rebuilt from the enriched topic, viewed as of any instant.
 *
 * <p>The public face: {@link news.wireline.enrich.corpus.StoryCorpus} takes every enriched story
 * version and opens a {@link news.wireline.enrich.corpus.CorpusView} as of an instant, which gives
 * document frequencies, searches for the stories most like one ({@link
 * news.wireline.enrich.corpus.CorpusMatch}, its words as {@link
 * news.wireline.enrich.corpus.StoryWords}) and finds a near-duplicate. {@link
 * news.wireline.enrich.corpus.CorpusText} turns a story into the words, entity keys and signature
 * those questions are asked in; {@link news.wireline.enrich.corpus.CorpusSettings} says where the
 * index is kept.
 *
 * <p>Writing a version: {@code StoryCorpus} lays it out as a document ({@code CorpusDocuments}) and
 * places it in its story's {@code StoryTimeline}, found through {@code Timelines}, which dates the
 * version before it. A kept index lives where {@code CorpusIndex} opens it, committed by {@code
 * PeriodicCommits} with the topic offsets it holds ({@code CorpusCommits}); one not kept lives in
 * a {@code CorpusDirectory} of its own.
 *
 * <p>Reading a view: counts of current stories come from {@code CurrentStoryCounts}, which keeps each
 * segment's counts and latest versions ({@code LatestVersions}) in {@code SegmentCounts};
 * {@code CorpusSearch} ranks by BM25 ({@code BestThenId}), reading candidates' words through the
 * {@code ForwardIndex}; {@code NearDuplicates} compares {@code MinHash} signatures of the
 * candidates {@code NearDuplicateBands} finds.
 */
@NullMarked
package news.wireline.enrich.corpus;

import org.jspecify.annotations.NullMarked;
