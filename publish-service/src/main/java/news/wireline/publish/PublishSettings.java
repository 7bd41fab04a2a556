package news.wireline.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl   the address readers reach this service at; story links in feeds and events start with it
 * @param maxPageSize the most stories one feed page returns
 */
@ConfigurationProperties("wireline.publish")
public record PublishSettings(String publicUrl, @DefaultValue("50") int maxPageSize) {

    public String storyUrl(String storyId) {
        return publicUrl + "/stories/" + storyId;
    }
}
