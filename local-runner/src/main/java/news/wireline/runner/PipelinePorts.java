package news.wireline.runner;

import news.wireline.local.FreePorts;

/** The HTTP port of each service. */
public record PipelinePorts(int ingest, int enrich, int publish) {

    public static PipelinePorts standard() {
        return new PipelinePorts(8081, 8082, 8083);
    }

    public static PipelinePorts free() {
        return new PipelinePorts(FreePorts.next(), FreePorts.next(), FreePorts.next());
    }
}
