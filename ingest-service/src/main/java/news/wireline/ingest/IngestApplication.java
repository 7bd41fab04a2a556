package news.wireline.ingest;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The front door for wire desks: takes raw copy over HTTP and Kafka and emits ingested stories. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** Reads {@code ingest-service.yml}, so the three services can share one classpath in the local run. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IngestApplication.class).properties("spring.config.name=ingest-service");
    }
}
