package news.wireline.publish;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Writes enriched stories to the feed store, serves feeds and announces what was published. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PublishApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** Reads {@code publish-service.yml}, so the three services can share one classpath in the local run. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PublishApplication.class).properties("spring.config.name=publish-service");
    }
}
