package news.wireline.bench;

/**
 * How big each part of the benchmark is. The defaults are the sizes; {@code --quick} shrinks
 * them for iterating; any one can be set with {@code -Dbench.<name>=<value>}.
 *
 * @param baselineStories stories through the plain Kafka hops and the JDBC upsert
 * @param pipelineStories stories offered to Wireline as fast as it takes them
 * @param pipelineSeconds the longest the throughput run waits for them to be stored
 * @param calmRate        offered load of the first latency run, below what the pipeline sustains, stories per second
 * @param latencyRate     offered load of the second latency run, the issue's, stories per second
 * @param latencySeconds  how long each latency run offers its load
 * @param feedStories     stories bulk-loaded into PostgreSQL for the feed queries
 * @param feedSeconds     how long wrk runs each feed query
 * @param readerRate      requests a second of the steady feed readers, a load the feed is meant to carry
 * @param readerSeconds   how long the steady readers read each feed query
 * @param memorySmall     corpus size of the first enrich memory reading
 * @param memoryLarge     corpus size of the second
 * @param jmhSeconds      measurement time of each JMH iteration
 * @param ledgerSmall     stories ingest's decider has taken in at the first heap reading
 * @param ledgerLarge     at the second, and the history its restarts are timed over
 */
record BenchSettings(
        int baselineStories,
        int pipelineStories,
        int pipelineSeconds,
        int calmRate,
        int latencyRate,
        int latencySeconds,
        int feedStories,
        int feedSeconds,
        int readerRate,
        int readerSeconds,
        int memorySmall,
        int memoryLarge,
        int jmhSeconds,
        int ledgerSmall,
        int ledgerLarge,
        boolean quick) {

    static BenchSettings from(String[] args) {
        boolean quick = java.util.Arrays.asList(args).contains("--quick");
        return new BenchSettings(
                get("baselineStories", quick ? 5_000 : 30_000),
                get("pipelineStories", quick ? 2_000 : 20_000),
                get("pipelineSeconds", quick ? 60 : 150),
                get("calmRate", 5),
                get("latencyRate", 200),
                get("latencySeconds", quick ? 10 : 30),
                get("feedStories", quick ? 100_000 : 1_000_000),
                get("feedSeconds", quick ? 3 : 10),
                get("readerRate", 100),
                get("readerSeconds", quick ? 10 : 30),
                get("memorySmall", quick ? 10_000 : 100_000),
                get("memoryLarge", quick ? 50_000 : 1_000_000),
                get("jmhSeconds", quick ? 1 : 3),
                get("ledgerSmall", quick ? 20_000 : 100_000),
                get("ledgerLarge", quick ? 100_000 : 1_000_000),
                quick);
    }

    private static int get(String name, int fallback) {
        return Integer.getInteger("bench." + name, fallback);
    }
}
