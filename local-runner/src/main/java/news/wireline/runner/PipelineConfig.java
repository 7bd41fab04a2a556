package news.wireline.runner;

import java.util.List;
import java.util.Map;

/**
 * Where the pipeline's broker and database are, the wire desks that may send stories (each gets
 * a fresh API key when the pipeline starts), and any further Spring properties every service gets.
 */
public record PipelineConfig(
        String bootstrapServers,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        PipelinePorts ports,
        Map<String, Object> extraProperties,
        List<String> desks) {

    public static final List<String> STANDARD_DESKS = List.of("test-desk", "wireline-samples");

    public PipelineConfig {
        extraProperties = Map.copyOf(extraProperties);
        desks = List.copyOf(desks);
    }

    public PipelineConfig(
            String bootstrapServers,
            String databaseUrl,
            String databaseUser,
            String databasePassword,
            PipelinePorts ports,
            Map<String, Object> extraProperties) {
        this(bootstrapServers, databaseUrl, databaseUser, databasePassword, ports, extraProperties, STANDARD_DESKS);
    }
}
