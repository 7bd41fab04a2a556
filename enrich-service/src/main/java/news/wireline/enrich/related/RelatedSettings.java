package news.wireline.enrich.related;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxLinks      the most related stories linked from one story
 * @param minSharedTags how many people, places or organisations two stories must share to be related
 */
@ConfigurationProperties("wireline.related")
public record RelatedSettings(@DefaultValue("5") int maxLinks, @DefaultValue("2") int minSharedTags) {
}
