package news.wireline.enrich.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.wireline.enrich.corpus.CorpusView;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.keywords.KeywordExtractor;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.enrich.related.RelatedStories;
import news.wireline.enrich.subjects.SubjectClassifier;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.enrich.tagging.TagEvidence;
import news.wireline.enrich.tagging.TagLimits;
import news.wireline.enrich.tagging.TaggedStory;
import news.wireline.enrich.terms.AnalysedTerm;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.RelatedLink;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryIngested;
import news.wireline.events.Tag;
import news.wireline.events.Timeline;

/**
 * The enrichment itself, free of Kafka and Spring: entities, subjects and keywords from the story,
 * related stories from the corpus as it stood when the story was ingested. Given the same corpus
 * history it gives the same tags and links on any instance; only the enrichment time differs.
 */
public final class StoryEnricher {

    private final EntityTagger tagger;
    private final SubjectClassifier subjects;
    private final KeywordExtractor keywords;
    private final RelatedStories related;
    private final StoryCorpus corpus;
    private final Clock clock;

    public StoryEnricher(
            EntityTagger tagger,
            SubjectClassifier subjects,
            KeywordExtractor keywords,
            RelatedStories related,
            StoryCorpus corpus,
            Clock clock) {
        this.tagger = tagger;
        this.subjects = subjects;
        this.keywords = keywords;
        this.related = related;
        this.corpus = corpus;
        this.clock = clock;
    }

    /** With the bundled models and word lists, as the service runs; they load slowly, so build one and share it. */
    public static StoryEnricher bundled(StoryCorpus corpus, RelatedSettings related, Clock clock) {
        return new StoryEnricher(
                EntityTagger.withBundledGazetteer(),
                SubjectClassifier.bundled(),
                new KeywordExtractor(),
                new RelatedStories(related),
                corpus,
                clock);
    }

    /**
     * Tags and links an ingested story. A withdrawn one passes through untagged and unlinked, so
     * publish can take it down; the corpus then drops the story for everything ingested after.
     */
    public StoryEnriched enrich(StoryIngested ingested) {
        if (ingested.release() != null && ingested.release().isWithdrawn()) {
            return StoryEnriched.of(ingested, List.of(), List.of(), enrichedNow(ingested));
        }
        List<AnalysedTerm> terms = StoryTerms.of(ingested.story());
        TaggedStory read = tagger.read(ingested.story());
        List<Tag> entities = tags(read.entities());
        List<Tag> storySubjects = tags(subjects.classify(terms));
        // Keywords and links weigh the story against the stories ingested before it, and only those.
        try (CorpusView earlier = corpus.asOf(ingestedAt(ingested))) {
            List<Tag> storyKeywords = tags(keywords.extract(terms, read, earlier));
            List<RelatedLink> links = related.relatedTo(ingested.id(), terms, entities, earlier);
            return StoryEnriched.of(
                    ingested, TagLimits.bounded(entities, storySubjects, storyKeywords), links, enrichedNow(ingested));
        }
    }

    private static List<Tag> tags(List<TagEvidence> evidence) {
        return evidence.stream().map(TagEvidence::tag).toList();
    }

    private Timeline enrichedNow(StoryIngested ingested) {
        return ingested.timeline().enrichedAt(clock.instant());
    }

    /** Every tag the story would get now, with the spans of text behind it. */
    public List<TagEvidence> explain(Story story) {
        List<AnalysedTerm> terms = StoryTerms.of(story);
        TaggedStory read = tagger.read(story);
        List<TagEvidence> all = new ArrayList<>(read.entities());
        all.addAll(subjects.classify(terms));
        try (CorpusView now = corpus.asOf(clock.instant())) {
            all.addAll(keywords.extract(terms, read, now));
        }
        return all;
    }

    /**
     * Enriches a story again from its own enriched event, against the corpus as it stands now: the
     * same version, its links and keywords as if every story ingested before it had been there.
     */
    public StoryEnriched again(StoryEnriched enriched) {
        return enrich(new StoryIngested(
                StoryIngested.SCHEMA_VERSION,
                enriched.id(),
                enriched.version(),
                enriched.desk(),
                enriched.contentHash(),
                enriched.release(),
                enriched.story(),
                enriched.timeline()));
    }

    /**
     * Remembers an enriched story, ours or another instance's, for the stories ingested after it.
     *
     * @return whether the corpus did not hold this version yet: a re-enrichment changes nothing there
     */
    public boolean remember(StoryEnriched enriched) {
        if (corpus.contains(enriched.id(), enriched.version())) {
            return false;
        }
        corpus.add(enriched);
        return true;
    }

    /**
     * As {@link #remember(StoryEnriched)}, for a story read from the enriched topic: its offset is
     * noted even when this instance already holds the story, so the corpus's kept offsets move on.
     */
    public boolean remember(StoryEnriched enriched, int partition, long offset) {
        boolean isNew = !corpus.contains(enriched.id(), enriched.version());
        corpus.add(enriched, partition, offset);
        return isNew;
    }

    static Instant ingestedAt(StoryIngested story) {
        return ingestedAt(story.timeline());
    }

    static Instant ingestedAt(StoryEnriched story) {
        return ingestedAt(story.timeline());
    }

    private static Instant ingestedAt(Timeline timeline) {
        return timeline == null || timeline.ingested() == null ? Instant.EPOCH : timeline.ingested();
    }
}
