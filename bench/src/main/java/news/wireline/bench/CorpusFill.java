package news.wireline.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.events.StoryEnriched;
import tools.jackson.databind.json.JsonMapper;

/**
 * The child JVM of the enrich memory run: enrich-service's own {@link StoryCorpus} (the
 * related-story index every enrich instance rebuilds from the enriched topic) fed stored stories,
 * each under a new id and headline, as the replica would feed it. At each checkpoint it collects
 * garbage and prints {@code MEMORY <stories> <heap used> <rss> <seconds>}.
 * Args: the file of template documents, one JSON per line, then the checkpoints in rising order.
 */
public final class CorpusFill {

    private CorpusFill() {}

    public static void main(String[] args) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<String> templates = Files.readAllLines(Path.of(args[0]));
        List<String> ids = templates.stream()
                .map(document -> json.readTree(document).get("id").asString())
                .toList();
        long start = System.nanoTime();
        int added = 0;
        try (StoryCorpus corpus = new StoryCorpus()) {
            for (int a = 1; a < args.length; a++) {
                int checkpoint = Integer.parseInt(args[a]);
                for (; added < checkpoint; added++) {
                    int t = added % templates.size();
                    String id = "bench-corpus-" + added;
                    corpus.add(json.readValue(
                            templates.get(t).replace('"' + ids.get(t) + '"', '"' + id + '"'), StoryEnriched.class));
                }
                // a view is what enrich takes for every story; taking one also refreshes the index as enrich would
                corpus.asOf(java.time.Instant.now()).close();
                System.gc();
                System.gc();
                long heap =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf("MEMORY %d %d %d %.1f%n", added, heap, rss(), (System.nanoTime() - start) / 1e9);
                System.out.flush();
            }
        }
    }

    private static long rss() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }
}
