/**
 * People, places and organisations a story names, with the spans of text behind each tag.
 *
 * <p>The public face is {@link news.wireline.enrich.tagging.EntityTagger}: built once from the
 * bundled lists and models, it {@code read}s a story into a {@link
 * news.wireline.enrich.tagging.TaggedStory} (entities as {@link
 * news.wireline.enrich.tagging.TagEvidence}, each with its {@link
 * news.wireline.enrich.tagging.TextSpan}s, and the nouns keywords are chosen from). {@link
 * news.wireline.enrich.tagging.TagLimits} bounds every story's tags, whoever made them; {@link
 * news.wireline.enrich.tagging.SpanIndex} answers whether a span overlaps a name.
 *
 * <p>The rest is the pipeline, in the order docs/enrichment.md describes it:
 *
 * <ol>
 *   <li>Tokens and parts of speech: {@code Tokenizer} cuts each {@code Paragraph} into {@code
 *       Token}s; {@code PartOfSpeech} tags them with OpenNLP ({@code GreedyTagger}, {@code
 *       WordSplits}); {@code HeadlineCase} tells a Title Case headline.
 *   <li>Candidates: {@code CandidateFinder} finds the runs of capitals, each a {@code Candidate}.
 *   <li>Longest known span first: {@code EntityClassifier}, one {@code CandidateReading} per
 *       candidate, tries the story's own acronyms ({@code StoryAliases}), the {@code Gazetteer}
 *       (filled by {@code GazetteerLoader}), then the naming patterns ({@code NameRules}, {@code
 *       PersonNames}). Each name found is a {@code Mention} with its {@code Evidence}.
 *   <li>Context: {@code ContextRules} types what nothing recognised, from the {@code ContextWords}
 *       around it.
 *   <li>The whole story: {@code StoryNames} folds surnames into full names and types a name alike
 *       everywhere.
 *   <li>Scoring: {@code TagScorer} turns the mentions of each entity into one tag and its
 *       confidence.
 * </ol>
 *
 * <p>The word lists every step reads are the {@code Lexicon}, loaded by {@code ResourceLines}.
 */
@NullMarked
package news.wireline.enrich.tagging;

import org.jspecify.annotations.NullMarked;
