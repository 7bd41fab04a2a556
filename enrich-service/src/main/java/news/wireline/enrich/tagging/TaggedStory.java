package news.wireline.enrich.tagging;

import java.util.List;

/**
 * What the tagger read in a story: its people, places and organisations with their evidence,
 * and the spans OpenNLP took for nouns, which is where a story's keywords are.
 */
public record TaggedStory(List<TagEvidence> entities, List<TextSpan> nouns) {

    public TaggedStory {
        entities = List.copyOf(entities);
        nouns = List.copyOf(nouns);
    }
}
