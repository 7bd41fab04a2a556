package news.wireline.enrich.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import news.wireline.enrich.corpus.CorpusMatch;
import news.wireline.enrich.corpus.CorpusText;
import news.wireline.enrich.corpus.CorpusView;
import news.wireline.enrich.terms.AnalysedTerm;
import news.wireline.events.RelatedLink;
import news.wireline.events.StoryId;
import news.wireline.events.Tag;

/**
 * Links a story to the earlier stories most like it. Lucene finds candidates by BM25 over the
 * story's strongest words and its people, places and organisations; each is then scored by the
 * cosine of the two stories' TF-IDF vectors, which is in [0, 1] and comparable between stories,
 * and explained by the names and words they share. An earlier story this one nearly repeats is
 * linked once, as its original: first, with score 1 and the marker {@value #NEAR_DUPLICATE}.
 */
public final class RelatedStories {

    public static final String NEAR_DUPLICATE = "near-duplicate";
    private static final int QUERY_TERMS = 25;
    // A story can name dozens of entities; beyond the rarest few, each adds a search clause but seldom a candidate.
    private static final int QUERY_ENTITIES = 10;

    private final RelatedSettings settings;

    public RelatedStories(RelatedSettings settings) {
        this.settings = settings;
    }

    /** Links from story {@code id} to earlier stories in {@code corpus}, never to itself or its own earlier versions. */
    public List<RelatedLink> relatedTo(StoryId id, List<AnalysedTerm> terms, List<Tag> tags, CorpusView corpus) {
        StoryVector story = StoryVector.of(CorpusText.contentTerms(terms), CorpusText.entityKeys(tags), corpus);
        Optional<CorpusMatch> original =
                corpus.nearDuplicate(id, CorpusText.signature(terms), settings.nearDuplicateSimilarity());
        List<RelatedLink> links = new ArrayList<>();
        original.ifPresent(duplicated -> links.add(nearDuplicateLink(duplicated, story, corpus)));
        record Scored(CorpusMatch match, StoryVector vector, double score) {}
        // Every candidate is scored, but only the few kept are explained: explaining sorts the shared words.
        corpus
                .moreLike(
                        id,
                        story.strongestTerms(QUERY_TERMS),
                        story.strongestEntities(QUERY_ENTITIES),
                        settings.candidates())
                .stream()
                .filter(match -> original.map(duplicated -> !duplicated.id().equals(match.id()))
                        .orElse(true))
                .map(match -> {
                    StoryVector other = StoryVector.of(match.words(), match.entities(), corpus);
                    return new Scored(match, other, round(story.cosine(other)));
                })
                .filter(scored -> scored.score() >= settings.minScore())
                .sorted(Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparing(scored -> scored.match().id().value()))
                .limit(settings.maxLinks() - links.size())
                .map(scored -> new RelatedLink(
                        scored.match().id(), scored.match().headline(), scored.score(), story.shared(scored.vector())))
                .forEach(links::add);
        return links;
    }

    private static RelatedLink nearDuplicateLink(CorpusMatch original, StoryVector story, CorpusView corpus) {
        List<String> shared = new ArrayList<>();
        shared.add(NEAR_DUPLICATE);
        shared.addAll(story.sharedNames(StoryVector.of(List.of(), original.entities(), corpus)));
        return new RelatedLink(original.id(), original.headline(), 1.0, shared);
    }

    /** Rounded so that every instance ranks and reports the same numbers. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
