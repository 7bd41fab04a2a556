package news.wireline.ingest.parse;

import news.wireline.events.Release;
import news.wireline.events.Story;
import org.jspecify.annotations.Nullable;

/**
 * What a parser read from one piece of wire copy: the story and what its desk said about it.
 *
 * @param story      the content readers see
 * @param externalId the desk's own identifier (ninjs {@code uri}, NewsML-G2 {@code guid}), or null
 * @param version    the desk's version number, or null when the desk numbers none
 * @param release    status (a kill is {@code WITHDRAWN}), urgency and embargo
 */
public record ParsedStory(
        Story story, @Nullable String externalId, @Nullable Integer version, Release release) {

    public static ParsedStory of(Story story) {
        return new ParsedStory(story, null, null, Release.usable());
    }
}
