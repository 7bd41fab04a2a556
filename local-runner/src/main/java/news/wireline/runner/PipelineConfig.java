package news.wireline.runner;

import java.util.Map;

/**
 * Where the pipeline's broker and database are, and any further Spring properties every service gets.
 */
public record PipelineConfig(String bootstrapServers, String databaseUrl, String databaseUser, String databasePassword,
                             PipelinePorts ports, Map<String, Object> extraProperties) {

    public PipelineConfig {
        extraProperties = Map.copyOf(extraProperties);
    }

    public PipelineConfig withProperty(String name, Object value) {
        Map<String, Object> more = new java.util.HashMap<>(extraProperties);
        more.put(name, value);
        return new PipelineConfig(bootstrapServers, databaseUrl, databaseUser, databasePassword, ports, more);
    }
}
