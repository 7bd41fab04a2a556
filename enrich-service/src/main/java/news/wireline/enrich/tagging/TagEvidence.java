package news.wireline.enrich.tagging;

import java.util.List;
import news.wireline.events.Tag;

/**
 * A tag with where the story says it: kept inside enrich-service, because the frozen event
 * contract carries tags without offsets. The quality report and {@code /tags/explain} show it.
 */
public record TagEvidence(Tag tag, List<TextSpan> spans) {

    public TagEvidence {
        spans = List.copyOf(spans);
    }
}
