package news.wireline.enrich.related;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxLinks                the most related stories linked from one story, a near-duplicate's original included
 * @param minScore                the least cosine similarity, in [0, 1], for an earlier story to be linked
 * @param candidates              how many stories the search hands to the closer comparison
 * @param nearDuplicateSimilarity the least estimated share of shared four-word sequences for a near-duplicate
 */
@ConfigurationProperties("wireline.related")
public record RelatedSettings(
        @DefaultValue("5") int maxLinks,
        @DefaultValue("0.15") double minScore,
        @DefaultValue("50") int candidates,
        @DefaultValue("0.8") double nearDuplicateSimilarity) {}
