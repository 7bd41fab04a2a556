package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.List;

import news.wireline.enrich.tagging.EntityClassifier.Classification;
import news.wireline.enrich.tagging.SurnameFolder.Leftover;
import news.wireline.events.Story;
import news.wireline.events.Tag;

/**
 * Tags the people, places and organisations a story names, from its headline and body only:
 * captions, credits, teasers and bylines name photographers, agencies and other stories, not
 * what this story is about. Rule-and-list based and precision first: a capitalised phrase
 * nothing recognises is dropped. Immutable once built, so one instance serves every thread.
 */
public final class EntityTagger {

    private final Lexicon lexicon;
    private final Tokenizer tokenizer;
    private final CandidateFinder finder;
    private final EntityClassifier classifier;

    EntityTagger(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.tokenizer = new Tokenizer(lexicon);
        this.finder = new CandidateFinder(lexicon);
        this.classifier = new EntityClassifier(gazetteer, new NameRules(lexicon, gazetteer), lexicon);
    }

    /** Loads the word lists and gazetteer bundled under {@code /gazetteer}; build once and share. */
    public static EntityTagger withBundledGazetteer() {
        Lexicon lexicon = Lexicon.bundled();
        return new EntityTagger(lexicon, Gazetteer.bundled(new Tokenizer(lexicon)));
    }

    /** Tags sorted by confidence, most confident first, then by name. */
    public List<Tag> tag(Story story) {
        List<Candidate> candidates = candidates(story);
        StoryAliases aliases = StoryAliases.definedIn(candidates, classifier, lexicon);
        List<Mention> mentions = new ArrayList<>();
        List<Leftover> leftovers = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Classification classification = classifier.classify(candidate, aliases);
            mentions.addAll(classification.mentions());
            classification.leftovers().forEach(token -> leftovers.add(new Leftover(token, candidate.inHeadline())));
        }
        return TagScorer.score(SurnameFolder.fold(mentions, leftovers));
    }

    private List<Candidate> candidates(Story story) {
        List<Candidate> candidates = new ArrayList<>();
        List<Token> headline = tokenizer.tokenize(story.headline());
        candidates.addAll(finder.find(headline, true, !HeadlineCase.isTitleCase(headline, lexicon)));
        for (String paragraph : story.body()) {
            candidates.addAll(finder.find(tokenizer.tokenize(paragraph), false, true));
        }
        return candidates;
    }
}
