package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import news.wireline.events.Tag;

/**
 * The most enrichment gives one story. Publish indexes every tag name in a PostgreSQL B-tree
 * ({@code story_tag_newest}), whose rows must stay under about 2,700 bytes, lists tags on every
 * feed page, and writes them into events bounded by Kafka's 1 MB record limit. A name is at most
 * {@value #MAX_NAME_LENGTH} characters (code points): a longer candidate, such as a run of
 * capitalised words a thousand long, is no name, so it is dropped rather than cut into one. No
 * real story comes near either limit, so neither changes what an ordinary story is tagged with.
 */
public final class TagLimits {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_TAGS = 100;

    private TagLimits() {}

    public static boolean fits(String name) {
        return name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH;
    }

    /**
     * At most {@value #MAX_TAGS} tags, every name fitting: subjects and keywords, which their own
     * extractors already keep to a handful, are all kept; entities, most confident first, fill the rest.
     */
    public static List<Tag> bounded(List<Tag> entities, List<Tag> subjects, List<Tag> keywords) {
        List<Tag> others = new ArrayList<>(subjects);
        others.addAll(keywords);
        others.removeIf(tag -> !fits(tag.name()));
        List<Tag> tags = new ArrayList<>(entities.stream()
                .filter(tag -> fits(tag.name()))
                .limit(Math.max(0, MAX_TAGS - others.size()))
                .toList());
        tags.addAll(others);
        return tags.size() <= MAX_TAGS ? tags : tags.subList(0, MAX_TAGS);
    }
}
