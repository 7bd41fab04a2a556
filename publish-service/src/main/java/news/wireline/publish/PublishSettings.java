package news.wireline.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UriUtils;

/**
 * What readers get and where they find it.
 *
 * @param publicUrl   the address readers reach this service at; every link in feeds, pages and events starts with it
 * @param title       the name feeds and pages go by
 * @param maxPageSize the most stories one JSON feed page or reader page returns
 * @param feedSize    how many of the newest stories a JSON Feed, Atom or RSS document holds
 * @param cacheMaxAge how long browsers and caches may reuse a feed or page without asking again; also
 *                    the longest a withdrawn story can linger in a cache, so keep it short
 * @param maxInlineContent the largest story content (as JSON) a published event carries whole; a
 *                    larger version's event carries only its {@code versionUrl}. Well under
 *                    {@code wireline.kafka.max-event-bytes}, so the tags and headers still fit
 */
@ConfigurationProperties("wireline.publish")
public record PublishSettings(
        String publicUrl,
        @DefaultValue("Wireline") String title,
        @DefaultValue("50") int maxPageSize,
        @DefaultValue("50") int feedSize,
        @DefaultValue("15s") Duration cacheMaxAge,
        @DefaultValue("256KB") DataSize maxInlineContent) {

    /** The story as JSON, for programs; the URL events carry. */
    public String storyUrl(String storyId) {
        return publicUrl + "/stories/" + storyId;
    }

    /** Exactly one version of the story as JSON, for as long as readers may see the story. */
    public String versionUrl(String storyId, int version) {
        return storyUrl(storyId) + "/versions/" + version;
    }

    /** The story as a web page, for people; the link feed readers open. */
    public String pageUrl(String storyId) {
        return publicUrl + "/story/" + storyId;
    }

    public String tagPageUrl(String tag) {
        return publicUrl + "/tag/" + UriUtils.encodePathSegment(tag, StandardCharsets.UTF_8);
    }
}
