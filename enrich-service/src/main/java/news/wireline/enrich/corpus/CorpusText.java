package news.wireline.enrich.corpus;

import java.util.List;
import java.util.Set;
import news.wireline.enrich.tagging.TextSpan;
import news.wireline.enrich.terms.AnalysedTerm;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;

/**
 * A story's words and tags as the corpus indexes them, so that a search for a story asks in the
 * terms the index holds: its content words, its entity keys and its near-duplicate signature.
 */
public final class CorpusText {

    private static final Set<TagType> ENTITY_TYPES = Set.of(TagType.PERSON, TagType.PLACE, TagType.ORGANISATION);

    private CorpusText() {}

    /** The content words of a story, in order: what related stories are matched and keywords weighed on. */
    public static List<String> contentTerms(List<AnalysedTerm> terms) {
        return terms.stream()
                .map(AnalysedTerm::text)
                .filter(StoryTerms::isContentWord)
                .toList();
    }

    /** "PLACE:Kursk Oblast": people, places and organisations under their type, so a person and a place never match. */
    public static List<String> entityKeys(List<Tag> tags) {
        return tags.stream()
                .filter(tag -> ENTITY_TYPES.contains(tag.type()))
                .map(tag -> tag.type() + ":" + tag.name())
                .distinct()
                .sorted()
                .toList();
    }

    /** The MinHash signature a near-duplicate is judged on, over the body's words: a re-send often changes only the headline. */
    public static int[] signature(List<AnalysedTerm> terms) {
        List<String> body = terms.stream()
                .filter(term -> term.span().part() == TextSpan.Part.BODY)
                .map(AnalysedTerm::text)
                .toList();
        return MinHash.signature(
                body.isEmpty() ? terms.stream().map(AnalysedTerm::text).toList() : body);
    }
}
