package news.wireline.enrich;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tags ingested stories and links them to related earlier ones. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** Reads {@code enrich-service.yml}, so the three services can share one classpath in the local run. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(EnrichApplication.class).properties("spring.config.name=enrich-service");
    }
}
