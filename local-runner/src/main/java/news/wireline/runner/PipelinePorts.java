package news.wireline.runner;

import news.wireline.local.FreePorts;

/** The public HTTP port of each service, and the separate port each serves its actuator on. */
public record PipelinePorts(
        int ingest, int enrich, int publish, int ingestManagement, int enrichManagement, int publishManagement) {

    /** The ports the services' own configuration defaults to. */
    public static PipelinePorts standard() {
        return new PipelinePorts(8081, 8082, 8083, 9081, 9082, 9083);
    }

    public static PipelinePorts free() {
        return new PipelinePorts(
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next());
    }
}
