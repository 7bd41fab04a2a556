package news.wireline.ingest.intake;

import news.wireline.ingest.access.DeskNames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param kafkaDefaultDesk the desk stamped on raw Kafka records that carry no desk header
 * @param storyUrl         where a reader will find an accepted story; {@code {id}} is replaced by its id
 */
@ConfigurationProperties("wireline.ingest")
public record IngestSettings(
        @DefaultValue("kafka") String kafkaDefaultDesk,
        @DefaultValue("http://localhost:8083/stories/{id}") String storyUrl) {

    public IngestSettings {
        DeskNames.require(kafkaDefaultDesk, "wireline.ingest.kafka-default-desk");
    }

    public String storyUrl(String id) {
        return storyUrl.replace("{id}", id);
    }
}
