package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import news.wireline.enrich.tagging.EntityClassifier.Classification;
import news.wireline.enrich.tagging.EntityClassifier.Unresolved;
import news.wireline.enrich.tagging.TextSpan.Part;
import news.wireline.events.Story;
import news.wireline.events.Tag;

/**
 * Tags the people, places and organisations a story names, from its headline and body only:
 * captions, credits, teasers and bylines name photographers, agencies and other stories, not
 * what this story is about. Lists and naming patterns first, then the context of proper nouns
 * OpenNLP finds; precision first: a capitalised phrase nothing types is dropped, and so is a name
 * longer than {@link TagLimits#MAX_NAME_LENGTH}. Immutable once
 * built, so one instance serves every thread.
 */
public final class EntityTagger {

    private final Lexicon lexicon;
    private final Tokenizer tokenizer;
    private final PartOfSpeech partOfSpeech;
    private final CandidateFinder finder;
    private final EntityClassifier classifier;
    private final StoryNames names;

    EntityTagger(Lexicon lexicon, Gazetteer gazetteer, ContextWords words, PartOfSpeech partOfSpeech) {
        this.lexicon = lexicon;
        this.tokenizer = new Tokenizer(lexicon);
        this.partOfSpeech = partOfSpeech;
        this.finder = new CandidateFinder(lexicon);
        this.classifier = new EntityClassifier(
                gazetteer,
                new NameRules(lexicon, gazetteer),
                new ContextRules(words, lexicon, gazetteer),
                words,
                lexicon);
        this.names = new StoryNames(lexicon, words);
    }

    /** Loads the word lists, gazetteer and OpenNLP models bundled on the classpath; build once and share. */
    public static EntityTagger withBundledGazetteer() {
        Lexicon lexicon = Lexicon.bundled();
        return new EntityTagger(
                lexicon, Gazetteer.bundled(new Tokenizer(lexicon)), ContextWords.bundled(), PartOfSpeech.bundled());
    }

    /** Tags sorted by confidence, most confident first, then by name. */
    public List<Tag> tag(Story story) {
        return explain(story).stream().map(TagEvidence::tag).toList();
    }

    /** The tags of {@link #tag}, each with the headline and body spans that name it. */
    public List<TagEvidence> explain(Story story) {
        return read(story).entities();
    }

    /** The entities with their evidence, and the nouns the story uses. */
    public TaggedStory read(Story story) {
        List<Paragraph> paragraphs = paragraphs(story);
        List<Candidate> candidates = candidates(paragraphs);
        StoryAliases aliases = StoryAliases.definedIn(candidates, classifier, lexicon);
        List<Mention> mentions = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Classification classification = classifier.classify(candidate, aliases);
            mentions.addAll(classification.mentions());
            unresolved.addAll(classification.unresolved());
        }
        List<TagEvidence> entities = TagScorer.explain(names.resolve(mentions, unresolved)).stream()
                .filter(entity -> TagLimits.fits(entity.tag().name()))
                .toList();
        return new TaggedStory(entities, nouns(paragraphs));
    }

    private List<Paragraph> paragraphs(Story story) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(paragraph(Part.HEADLINE, 0, story.headline()));
        for (int i = 0; i < story.body().size(); i++) {
            paragraphs.add(paragraph(Part.BODY, i, story.body().get(i)));
        }
        return paragraphs;
    }

    private List<Candidate> candidates(List<Paragraph> paragraphs) {
        List<Candidate> candidates = new ArrayList<>();
        Paragraph headline = paragraphs.get(0);
        candidates.addAll(finder.find(headline, !HeadlineCase.isTitleCase(headline.tokens(), lexicon)));
        paragraphs.subList(1, paragraphs.size()).forEach(paragraph -> candidates.addAll(finder.find(paragraph, true)));
        return candidates;
    }

    private static List<TextSpan> nouns(List<Paragraph> paragraphs) {
        List<TextSpan> nouns = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            for (int i = 0; i < paragraph.tokens().size(); i++) {
                String pos = paragraph.tokens().get(i).pos();
                if (pos != null && (pos.startsWith("NOUN") || pos.startsWith("PROPN"))) {
                    nouns.add(paragraph.span(i, i + 1));
                }
            }
        }
        return nouns;
    }

    private Paragraph paragraph(Part part, int index, String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        return new Paragraph(part, index, text == null ? "" : text, partOfSpeech.tag(text, tokens));
    }
}
