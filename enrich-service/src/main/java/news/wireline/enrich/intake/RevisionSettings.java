package news.wireline.enrich.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How enrich revises the links of stories enriched before an earlier-ingested story reached its
 * corpus (docs/enrichment.md, "How links converge").
 *
 * @param window     how long after its ingestion a story's links are still revised; a story reaching
 *                   the corpus later than this after the stories ingested after it leaves their links as they are
 * @param maxStories the most stories held for revision at once, the newest kept: bounds the heap and
 *                   the work one late story can cause
 * @param settle     how long arrivals are gathered before a round of revisions, so that a story missing
 *                   several others in a burst is enriched again once rather than once for each
 */
@ConfigurationProperties("wireline.enrich.revision")
public record RevisionSettings(
        @DefaultValue("2m") Duration window,
        @DefaultValue("2000") int maxStories,
        @DefaultValue("250ms") Duration settle) {}
